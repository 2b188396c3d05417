"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function StaffNav({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The most specific item that contains the page is the current one (/aduan/baru, not /aduan).
  const current = items.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav className="site-nav" aria-label="Menu utama">
      {items.map((item) => {
        return (
          <Link key={item.href} href={item.href} aria-current={item.href === current ? "page" : undefined}>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
