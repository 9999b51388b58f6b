import type { ExportViewName } from "@/lib/export/view";
import { withParams } from "@/lib/ui/drilldown";
import type { RawSearchParams } from "@/lib/ui/search-params";

/**
 * "Download this view as CSV · JSON": the page's own URL parameters passed on unchanged, so the
 * export holds exactly what the page shows (a parameter the page ignores is a 400 there, not a
 * silently different file).
 */
export function ExportLinks({ view, params }: { view: ExportViewName; params: RawSearchParams }) {
  const pairs = Object.entries(params).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => [key, v] as const));
  return (
    <p className="text-sm print:hidden" data-testid={`export-links-${view}`}>
      Download this view:{" "}
      <a href={withParams(`/export/${view}.csv`, pairs)} className="underline">
        CSV
      </a>{" "}
      ·{" "}
      <a href={withParams(`/export/${view}.json`, pairs)} className="underline">
        JSON
      </a>
    </p>
  );
}
