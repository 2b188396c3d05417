// Which blocks stay on one page, for both renderers: a signature area never
// stands alone on a page, so the last lines before it (a closing paragraph, a
// list's last item, a heading over them) go with it, and so does a
// "Tembusan" after it. Those are kept in one piece (a group). Any other block
// that asks for it (a heading, keepWithNext) is only kept with the start of
// what follows: Word's keep-with-next, react-pdf's minPresenceAhead.
import { isList, type Block } from "./model";

/** All of a block, or its list from item `from` on. */
export type KeptTail = "whole" | { from: number };

export interface KeepGroup {
  /** index of the group's first block */
  start: number;
  blocks: Block[];
  /** how much of the first block is kept with the rest */
  tail: KeptTail;
}

/** The part of a block that goes with the next one. */
export function tailOf(b: Block): KeptTail {
  const list = b.type === "list" ? b.list : b.type === "field" && isList(b.content) ? b.content : null;
  return list && list.items.length > 1 ? { from: list.items.length - 1 } : "whole";
}

/** Whether block i is in one piece with the block after it (a signature group). */
export function groupedWithNext(blocks: Block[], i: number): boolean {
  const b = blocks[i]!;
  const next = blocks[i + 1];
  if (!next) return false;
  if (next.type === "signatures") return true;
  if (b.type === "signatures") return next.type === "tembusan";
  // A heading or a short lead-in over a closing paragraph that goes with the signatures goes with them too.
  return (b.type === "heading" || ("keepWithNext" in b && Boolean(b.keepWithNext))) && tailOf(next) === "whole" && groupedWithNext(blocks, i + 1);
}

/** Whether block i should start on the page of the block after it (at least its first lines). */
export function keptWithNext(blocks: Block[], i: number): boolean {
  const b = blocks[i]!;
  if (!blocks[i + 1]) return false;
  return b.type === "heading" || ("keepWithNext" in b && Boolean(b.keepWithNext)) || groupedWithNext(blocks, i);
}

export function keepGroups(blocks: Block[]): KeepGroup[] {
  const groups: KeepGroup[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length - 1 && groupedWithNext(blocks, j)) j++;
    const members = blocks.slice(i, j + 1);
    groups.push({ start: i, blocks: members, tail: members.length > 1 ? tailOf(members[0]!) : "whole" });
    i = j + 1;
  }
  return groups;
}
