import { ROUTES } from "@/lib/ui/routes";
import { NavLink } from "./nav-link";

export function SiteNav() {
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-x-4 text-sm">
      {ROUTES.map((route) => (
        <NavLink key={route.href} href={route.href} label={route.label} />
      ))}
    </nav>
  );
}
