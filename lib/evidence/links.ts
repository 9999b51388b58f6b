import type { Framework, Role, UseCase } from "@/lib/taxonomy";
import { POSTING_SOURCES } from "@/lib/sources";
import { sourcesOf } from "@/lib/trends/source-groups";
import { postingsHref, withParams } from "@/lib/ui/drilldown";
import { ROLE_LABELS, USE_CASE_LABELS } from "@/lib/ui/labels";
import type { Region } from "@/lib/geo/regions";

// Drill-down links for a job scope of db/queries/framework-evidence.ts. The explorer filters one
// role, one use case, one search and one source (or every board) at a time and has no region, so
// a scope with several becomes one link per value, and what a link cannot narrow is said.

export type EvidenceScope = {
  from?: string;
  to?: string;
  sources?: readonly string[];
  roles?: readonly Role[];
  useCases?: readonly UseCase[];
  region?: Region;
  terms?: readonly string[];
};

export type EvidenceLink = { label: string; href: string };
/** The links, and what they leave wider than the figure (empty when a link shows exactly its jobs). */
export type ScopeLinks = { links: EvidenceLink[]; wider: string[] };

function sourceFilter(sources: readonly string[] | undefined): string | undefined | null {
  if (!sources) return undefined;
  if (sources.length === 1) return sources[0];
  const boards = sourcesOf("boards");
  if (sources.length === boards.length && boards.every((s) => sources.includes(s))) return "boards";
  if (sources.length === POSTING_SOURCES.length) return undefined;
  return null;
}

/** `/postings?…` links for the jobs of `scope` naming `framework` (any job when undefined). */
export function scopeLinks(scope: EvidenceScope, framework: Framework | undefined, label: string): ScopeLinks {
  const wider: string[] = [];
  const source = sourceFilter(scope.sources);
  if (source === null) wider.push(`every source (the figure counts ${scope.sources?.join(", ")})`);
  if (scope.region) wider.push("every region (the explorer has no region filter)");
  const roles: Array<Role | undefined> = scope.roles?.length ? [...scope.roles] : [undefined];
  const useCases: Array<UseCase | undefined> = scope.useCases?.length ? [...scope.useCases] : [undefined];
  const terms: Array<string | undefined> = scope.terms?.length ? [...scope.terms] : [undefined];
  if (roles.length > 1 || useCases.length > 1 || terms.length > 1) wider.push("one link per role, use case or search term; a job can appear under several");
  const links = roles.flatMap((role) =>
    useCases.flatMap((useCase) =>
      terms.map((q) => ({
        label: [label, role && ROLE_LABELS[role], useCase && USE_CASE_LABELS[useCase], q && `“${q}”`].filter(Boolean).join(" · "),
        href: postingsHref({ framework, role, use_case: useCase, q, source: source ?? undefined, from: scope.from, to: scope.to }),
      })),
    ),
  );
  return { links, wider };
}

/** `/talent?…` with the survey scope: one role at most (the page filters one). */
export function talentHref(scope: { role?: Role; region?: Region; year?: number }): string {
  return withParams("/talent", [
    ["year", scope.year],
    ["role", scope.role],
    ["region", scope.region],
  ]);
}

/** `/salaries?…` for one origin, role and region. */
export function salariesHref(scope: { origin: "posted" | "survey"; role?: Role; region?: Region; year?: number }): string {
  return withParams("/salaries", [
    ["origin", scope.origin],
    ["role", scope.role],
    ["region", scope.region],
    ["year", scope.year],
  ]);
}
