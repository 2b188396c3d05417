"use client";
// The staff menu. On a phone it folds behind a "Menu" button (with the user's
// name and the sign-out button, which follow it in the header) instead of
// taking the first screen; it folds again after each navigation. Without
// JavaScript the noscript style shows it open.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

export function StaffNav({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // Open for the page it was opened on: moving to another page folds it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  // The most specific item that contains the page is the current one (/aduan/baru, not /aduan).
  const current = items.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="menu-utama"
        onClick={() => setOpenOn(open ? null : pathname)}
        data-testid="menu-toggle"
      >
        <span aria-hidden="true">☰</span> Menu
      </button>
      <nav className="site-nav" id="menu-utama" aria-label="Menu utama" data-open={open}>
        {items.map((item) => (
          <Link key={item.href} href={item.href} aria-current={item.href === current ? "page" : undefined}>
            {item.label}
          </Link>
        ))}
      </nav>
      <noscript>
        <style>{".site-nav[data-open],.site-nav[data-open]~.who{display:flex!important}.menu-toggle{display:none!important}"}</style>
      </noscript>
    </>
  );
}
