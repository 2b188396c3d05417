"use client";
// One section of the case page that its reader can fold away: the disclosure
// pattern (a button inside the heading), so the heading stays a heading for
// screen readers. Open by default and without JavaScript; following a link to
// the section (the section menu, #id in the address) opens it again.
import { useEffect, useId, useState, type ReactNode } from "react";

export function CaseSection({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  useEffect(() => {
    const reveal = () => {
      if (window.location.hash === `#${id}`) setOpen(true);
    };
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, [id]);
  return (
    <section aria-labelledby={id} className={`case-section${className ? ` ${className}` : ""}`} data-open={open}>
      <h2 id={id}>
        <button type="button" className="section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {title}
        </button>
      </h2>
      <div id={bodyId} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
