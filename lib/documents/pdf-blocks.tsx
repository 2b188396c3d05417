// The blocks of the document model as react-pdf elements, measured by
// layout.ts. Every block may break across pages; what must stay together is
// wrapped whole: a table row, a signature area with the last lines before it,
// a heading with the start of what follows it (minPresenceAhead).
import { Image, Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/stylesheet";
import type { ReactElement } from "react";
import { COLON_WIDTH, signatureColumn } from "./prepare";
import { EMBLEM, FIRST_LINE_INDENT, LETTERHEAD, LIST_HANG, SIGNATURE, SPACE, TABLE, TEXT, type TextSize } from "./layout";
import { ELECTRONIC_NOTE, isList, marker, runsOf, type Block, type DocumentModel, type Inline, type List, type Signature, type SignatureRow } from "./model";

export interface PdfContext {
  model: DocumentModel;
  width: number;
}

/**
 * The named destination of the table of contents: its rows, one line each,
 * run down from its top, and the page numbers are stamped at their ends. (Only
 * an element placed directly on the page has a destination at its true
 * height; react-pdf gives nested ones their offset in their parent.)
 */
export const TOC_ID = "daftar-isi";
/** The column the page numbers of the table of contents are stamped in. */
export const TOC_NUMBER_WIDTH = 28;

const font = (t: TextSize, bold = false): Style => ({ fontSize: t.size, lineHeight: `${t.line}pt`, fontWeight: bold ? 700 : 400 });
const ALIGN = { left: "left", center: "center", right: "right", justify: "justify" } as const;
/** A heading moves to the next page unless two lines of what follows fit under it. */
const HEADING_PRESENCE = 2 * TEXT.body.line + SPACE.paragraph;

/** The runs of inline content; textkit reads a first-line indent from the first run, so each carries it. */
function Runs({ content, indent = 0 }: { content: Inline; indent?: number }) {
  // Plain text needs no run of its own: fewer nodes, a faster layout.
  if (typeof content === "string") return <>{content}</>;
  return (
    <>
      {runsOf(content).map((r, i) => (
        <Text
          key={i}
          style={{
            fontWeight: r.bold ? 700 : 400,
            fontStyle: r.italic ? "italic" : "normal",
            textDecoration: r.underline ? "underline" : "none",
            textIndent: indent,
          }}
        >
          {r.text}
        </Text>
      ))}
    </>
  );
}

function Item({ list, i, level }: { list: List; i: number; level: number }) {
  const item = list.items[i]!;
  const last = i === list.items.length - 1;
  const row = (
    <View style={{ flexDirection: "row", marginBottom: last && !item.children ? 0 : SPACE.item }}>
      {list.style === "none" ? null : <Text style={{ ...font(TEXT.body), width: LIST_HANG }}>{marker(list.style, i)}</Text>}
      <Text style={{ ...font(TEXT.body), flex: 1, textAlign: "justify" }}>
        <Runs content={item.content} />
      </Text>
    </View>
  );
  if (!item.children) return row;
  return (
    <View>
      {row}
      <View style={{ marginLeft: list.style === "none" ? 0 : LIST_HANG, marginBottom: last ? 0 : SPACE.item }}>
        <ListItems list={item.children} level={level + 1} />
      </View>
    </View>
  );
}

function ListItems({ list, level = 0, from = 0, to = list.items.length }: { list: List; level?: number; from?: number; to?: number }) {
  return (
    <>
      {list.items.slice(from, to).map((_, k) => (
        <Item key={from + k} list={list} i={from + k} level={level} />
      ))}
    </>
  );
}

/** One row of a field: the label and colon on its first row only, then the content. */
function FieldRow({ b, first, children }: { b: Extract<Block, { type: "field" }>; first: boolean; children: ReactElement }) {
  return (
    <View style={{ flexDirection: "row" }}>
      <Text style={{ ...font(TEXT.body, b.bold), width: b.labelWidth }}>{first ? b.label : ""}</Text>
      <Text style={{ ...font(TEXT.body), width: COLON_WIDTH }}>{first ? ":" : ""}</Text>
      <View style={{ flex: 1 }}>{children}</View>
    </View>
  );
}

/** A field's rows, from item `from` to `to` of its list (all of them by default). */
export function FieldRows({ b, from = 0, to }: { b: Extract<Block, { type: "field" }>; from?: number; to?: number }) {
  if (!isList(b.content)) {
    return (
      <View style={{ marginBottom: SPACE.paragraph }}>
        <FieldRow b={b} first>
          <Text style={{ ...font(TEXT.body), textAlign: "justify" }}>
            <Runs content={b.content} />
          </Text>
        </FieldRow>
      </View>
    );
  }
  const list = b.content;
  const end = to ?? list.items.length;
  return (
    <View style={{ marginBottom: end === list.items.length ? SPACE.paragraph : 0 }}>
      {list.items.slice(from, end).map((_, k) => (
        <FieldRow key={from + k} b={b} first={from + k === 0}>
          <Item list={list} i={from + k} level={0} />
        </FieldRow>
      ))}
    </View>
  );
}

export function ListBlock({ list, from, to, lastSpace }: { list: List; from?: number; to?: number; lastSpace: boolean }) {
  return (
    <View style={{ marginBottom: lastSpace ? SPACE.paragraph : 0 }}>
      <ListItems list={list} from={from} to={to} />
    </View>
  );
}

function SignatureView({ sig, ctx }: { sig: Signature; ctx: PdfContext }) {
  const v = ctx.model.verification;
  return (
    <View style={{ alignItems: "center" }}>
      {(sig.heading ?? []).map((h, i) => (
        <Text key={`h${i}`} style={{ ...font(TEXT.body), textAlign: "center" }}>
          {/* an empty line keeps its height (as an empty paragraph does in Word) */}
          {h || "\u00a0"}
        </Text>
      ))}
      {sig.roles.map((r, i) => (
        <Text key={`r${i}`} style={{ ...font(TEXT.body, true), textAlign: "center" }}>
          {r}
        </Text>
      ))}
      {sig.electronic && v ? (
        <View style={{ height: SIGNATURE.space, alignItems: "center" }}>
          <View style={{ height: SIGNATURE.qrLine, justifyContent: "center" }}>
            <Image style={{ width: SIGNATURE.qr, height: SIGNATURE.qr }} src={{ data: Buffer.from(v.qrPng), format: "png" }} />
          </View>
          <Text style={{ ...font(TEXT.small), textAlign: "center" }}>{ELECTRONIC_NOTE}</Text>
          <Text style={{ ...font(TEXT.small), textAlign: "center" }}>{`Kode verifikasi ${v.code}`}</Text>
        </View>
      ) : (
        <View style={{ height: SIGNATURE.space }} />
      )}
      <Text style={{ ...font(TEXT.body, true), textDecoration: "underline", textAlign: "center" }}>{sig.name}</Text>
      {sig.rank ? <Text style={{ ...font(TEXT.body), textAlign: "center" }}>{sig.rank}</Text> : null}
      {sig.nip ? <Text style={{ ...font(TEXT.body), textAlign: "center" }}>{sig.nip}</Text> : null}
    </View>
  );
}

export function Signatures({ rows, ctx }: { rows: SignatureRow[]; ctx: PdfContext }) {
  const column = signatureColumn(ctx.width) + 2 * TABLE.padX;
  return (
    <View style={{ marginTop: SPACE.signatures }}>
      {rows.map((row, r) => (
        <View key={r} style={{ flexDirection: "row", marginTop: r === 0 ? 0 : SPACE.signatures }}>
          {row.map((sig, c) => (
            <View key={c} style={{ width: column, paddingHorizontal: TABLE.padX }}>
              {sig ? <SignatureView sig={sig} ctx={ctx} /> : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function Letterhead({ model }: { model: DocumentModel }) {
  const [gov, org, ...rest] = model.letterhead.lines;
  const logo = model.letterhead.logo;
  const { rule } = LETTERHEAD;
  return (
    <View style={{ marginBottom: LETTERHEAD.after }}>
      <View style={{ flexDirection: "row", alignItems: "center", paddingBottom: LETTERHEAD.ruleSpace }}>
        <View style={{ width: LETTERHEAD.logo.width + LETTERHEAD.logoGap }}>
          {logo ? <Image style={LETTERHEAD.logo} src={{ data: Buffer.from(logo.data), format: logo.type === "jpg" ? "jpg" : "png" }} /> : null}
        </View>
        <View style={{ flex: 1, alignItems: "center" }}>
          <Text style={{ ...font(TEXT.letterheadGov, true), textAlign: "center" }}>{gov}</Text>
          <Text style={{ ...font(TEXT.letterheadOrg, true), textAlign: "center" }}>{org}</Text>
          {rest.map((l, i) => (
            <Text key={i} style={{ ...font(TEXT.letterheadAddress), textAlign: "center" }}>
              {l}
            </Text>
          ))}
        </View>
        {/* as wide as the logo, so the lines are centred on the page */}
        <View style={{ width: LETTERHEAD.logo.width + LETTERHEAD.logoGap }} />
      </View>
      <View style={{ height: rule.thick, backgroundColor: "#000" }} />
      <View style={{ height: rule.gap }} />
      <View style={{ height: rule.thin, backgroundColor: "#000" }} />
    </View>
  );
}

function Table({ b, ctx }: { b: Extract<Block, { type: "table" }>; ctx: PdfContext }) {
  const widths = b.columns.map((c) => (ctx.width * c.width) / 100);
  const line = TABLE.border;
  const size = b.compact ? TEXT.tableCompact : TEXT.table;
  const cell = (i: number) => ({
    width: widths[i],
    paddingHorizontal: TABLE.padX,
    paddingVertical: TABLE.padY,
    borderLeftWidth: i === 0 ? line : 0,
    borderRightWidth: line,
    borderBottomWidth: line,
  });
  return (
    <View style={{ marginBottom: SPACE.table }}>
      {/* repeated at the top of every page the table runs onto */}
      <View fixed style={{ flexDirection: "row", borderTopWidth: line }}>
        {b.columns.map((c, i) => (
          <View key={i} style={cell(i)}>
            <Text style={{ ...font(size, true), textAlign: "center" }}>{c.header}</Text>
          </View>
        ))}
      </View>
      {b.rows.map((row, r) => (
        <View key={r} style={{ flexDirection: "row" }} wrap={false}>
          {row.map((text, i) => (
            <View key={i} style={cell(i)}>
              {text.split("\n").map((l, k) => (
                <Text key={k} style={{ ...font(size), textAlign: b.columns[i]?.align ?? "left" }}>
                  {l}
                </Text>
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function Toc({ b }: { b: Extract<Block, { type: "toc" }> }) {
  return (
    <View id={TOC_ID} style={{ marginBottom: SPACE.paragraph }} wrap={false}>
      {b.entries.map((e, i) => (
        <View key={i} style={{ flexDirection: "row", alignItems: "flex-end", height: TEXT.body.line, paddingLeft: e.level * LIST_HANG }}>
          <Text style={{ ...font(TEXT.body, e.level === 0) }}>{e.text}</Text>
          <View style={{ flex: 1, borderBottomWidth: 0.75, borderBottomStyle: "dotted", marginHorizontal: 4, marginBottom: 3 }} />
          {/* the page number is stamped here once the pages are known (pdf-stamp.ts) */}
          <View style={{ width: TOC_NUMBER_WIDTH, height: TEXT.body.line }} />
        </View>
      ))}
    </View>
  );
}

export function BlockView({ b, ctx }: { b: Block; ctx: PdfContext }) {
  switch (b.type) {
    case "letterhead":
      return <Letterhead model={ctx.model} />;
    case "emblem": {
      const logo = ctx.model.letterhead.logo;
      return (
        <View style={{ height: EMBLEM.height + 4, alignItems: "center" }}>
          {logo ? <Image style={EMBLEM} src={{ data: Buffer.from(logo.data), format: logo.type === "jpg" ? "jpg" : "png" }} /> : null}
        </View>
      );
    }
    case "heading": {
      const size = b.level === "title" ? TEXT.title : TEXT.body;
      return (
        // The id is a named destination in the PDF: where the table of contents learns the heading's page (pdf-stamp.ts).
        <View id={b.anchor} minPresenceAhead={HEADING_PRESENCE} style={{ marginTop: b.marginTop ?? 0, marginBottom: SPACE.heading }}>
          <Text
            style={{
              ...font(size, true),
              textAlign: ALIGN[b.align ?? (b.level === "section" ? "left" : "center")],
              textDecoration: b.underline ? "underline" : "none",
            }}
          >
            {b.text}
          </Text>
        </View>
      );
    }
    case "paragraph": {
      const size = b.small ? TEXT.small : TEXT.body;
      return (
        <Text
          minPresenceAhead={b.keepWithNext ? HEADING_PRESENCE : undefined}
          style={{
            ...font(size),
            textAlign: ALIGN[b.align ?? "justify"],
            textIndent: b.indent ? FIRST_LINE_INDENT : 0,
            marginBottom: b.spaceAfter ?? SPACE.paragraph,
          }}
        >
          <Runs content={b.content} indent={b.indent ? FIRST_LINE_INDENT : 0} />
        </Text>
      );
    }
    case "field":
      return <FieldRows b={b} />;
    case "list":
      return <ListBlock list={b.list} lastSpace />;
    case "table":
      return <Table b={b} ctx={ctx} />;
    case "signatures":
      return <Signatures rows={b.rows} ctx={ctx} />;
    case "tembusan":
      return <Tembusan items={b.items} />;
    case "toc":
      return <Toc b={b} />;
    case "pageBreak":
      return <View break />;
    case "spacer":
      return <View style={{ height: TEXT.body.line * (b.lines ?? 1) }} />;
  }
}

export function Tembusan({ items }: { items: string[] }) {
  return (
    <View style={{ marginTop: SPACE.signatures }}>
      <Text style={font(TEXT.body)}>Tembusan:</Text>
      <ListItems list={{ style: "number", items: items.map((content) => ({ content })) }} />
    </View>
  );
}
