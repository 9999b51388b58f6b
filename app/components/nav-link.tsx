"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A navigation link that tells screen readers (aria-current) and the eye which section is open. */
export function NavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      // Every page is dynamic: prefetching each nav target on every view would render them all on the server.
      prefetch={false}
      aria-current={current ? "page" : undefined}
      className={`rounded-sm py-1 hover:text-tremor-content-strong focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand ${current ? "font-semibold text-tremor-content-strong underline underline-offset-4" : "text-tremor-content"}`}
    >
      {label}
    </Link>
  );
}
