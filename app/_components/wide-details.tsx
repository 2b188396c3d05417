"use client";
// A <details> that opens itself where the screen is wide enough and folds on
// a phone: the step's context beside the form, the section menu of a case.
// Closed in the server's HTML, so a phone never sees the page jump down.
import { useEffect, useRef, type ReactNode } from "react";

export function WideDetails({
  minWidth,
  summary,
  className,
  testId,
  children,
}: {
  /** A CSS length, the same as the stylesheet's breakpoint for this element. */
  minWidth: string;
  summary: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia(`(min-width: ${minWidth})`);
    const follow = () => {
      if (ref.current) ref.current.open = wide.matches;
    };
    follow();
    wide.addEventListener("change", follow);
    return () => wide.removeEventListener("change", follow);
  }, [minWidth]);
  return (
    <details className={className} ref={ref} data-testid={testId}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
