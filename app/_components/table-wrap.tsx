// A table that may scroll sideways on a narrow screen: the scrolling region is
// reachable and named for keyboard and screen-reader users (WCAG 2.1.1, axe
// "scrollable-region-focusable").
import type { ReactNode } from "react";

export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
