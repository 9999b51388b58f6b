import Link from "next/link";
import { ROUTES } from "@/lib/ui/routes";

export function SiteNav() {
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-x-4 text-sm">
      {/* Every page is dynamic: prefetching each nav target on every view would render them all on the server. */}
      {ROUTES.map((route) => (
        <Link key={route.href} href={route.href} prefetch={false} className="rounded-sm py-1 text-tremor-content hover:text-tremor-content-strong focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand">
          {route.label}
        </Link>
      ))}
    </nav>
  );
}
