import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { DemandSupplyFilter } from "@/db/queries/demand-supply";
import type { FrameworkJobCounts } from "@/db/queries/framework-evidence";
import { allOf, cellExpr } from "@/db/queries/market-filter";
import { toFtsQuery } from "@/lib/search/fts-query";
import type { Framework, Role, UseCase } from "@/lib/taxonomy";
import type { Region } from "@/lib/geo/regions";
import type { PostingSourceName } from "@/lib/sources";

// The scanning SQL that answered /talent and /claims before the job cells of migration 0010: distinct
// jobs over postings and their label rows. Kept here as the reference the cells must agree with.

type DemandCount = { framework: string; role: string; region: string; n: number };

/** Distinct jobs per role/region cell, and those mentioning each framework, as postingDemand's split path read them. */
export function scannedDemand(db: Db, filter: DemandSupplyFilter, frameworks: readonly Framework[]): { totals: DemandCount[]; mentions: DemandCount[] } {
  const split = new Set(filter.by);
  const role = cellExpr(split.has("role"), sql`pr.role`, filter.role);
  const region = cellExpr(split.has("region"), sql`cr.region`, filter.region);
  const where = allOf([
    filter.source && sql`p.source = ${filter.source}`,
    filter.from && sql`p.month >= ${filter.from}`,
    filter.to && sql`p.month <= ${filter.to}`,
    filter.seniority && sql`p.seniority = ${filter.seniority}`,
    filter.role && sql`pr.role = ${filter.role}`,
    filter.region && sql`cr.region = ${filter.region}`,
  ]);
  const groupBy = [split.has("role") && role, split.has("region") && region].filter((g): g is SQL<string> => Boolean(g));
  const grouping = (extra: SQL[]) => (extra.length + groupBy.length ? sql`group by ${sql.join([...extra, ...groupBy], sql`, `)}` : sql``);
  const byRegion = split.has("region") || Boolean(filter.region);
  const from = sql.join(
    [
      sql`from postings p`,
      (split.has("role") || filter.role) && sql`left join posting_roles pr on pr.posting_id = p.id`,
      byRegion && sql`left join posting_countries pc on pc.posting_id = p.id left join country_regions cr on cr.country = upper(pc.country)`,
    ].filter((part): part is SQL => Boolean(part)),
    sql` `,
  );
  const job = sql`coalesce(p.group_id, p.id)`;
  const totals = db.all<DemandCount>(sql`
    select 'all' as framework, ${role} as role, ${region} as region, count(distinct ${job}) as n
    ${from} where ${where} ${grouping([])}`);
  const mentions = db.all<DemandCount>(sql`
    select pf.framework as framework, ${role} as role, ${region} as region, count(distinct ${job}) as n
    ${from} join posting_frameworks pf on pf.posting_id = p.id
    where ${where} and pf.framework in (${sql.join(frameworks.map((f) => sql`${f}`), sql`, `)})
    ${grouping([sql`pf.framework`])}`);
  return { totals: totals.filter((row) => row.n > 0), mentions };
}

export type ScannedScope = { from?: string; to?: string; sources?: PostingSourceName[]; roles: Role[]; useCases: UseCase[]; region?: Region; terms?: string[] };

/** getFrameworkJobCounts as it read the postings, terms asked of FTS5 (before migration 0011's term_bits). */
export function scannedFrameworkJobCounts(db: Db, scope: ScannedScope): FrameworkJobCounts {
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  const where = allOf([
    scope.from && sql`p.month >= ${scope.from}`,
    scope.to && sql`p.month <= ${scope.to}`,
    scope.sources && (scope.sources.length ? sql`p.source in (${list(scope.sources)})` : sql`0`),
    scope.roles.length > 0 && sql`exists (select 1 from posting_roles r where r.posting_id = p.id and r.role in (${list(scope.roles)}))`,
    scope.useCases.length > 0 && sql`exists (select 1 from posting_use_cases u where u.posting_id = p.id and u.use_case in (${list(scope.useCases)}))`,
    scope.region &&
      sql`exists (select 1 from posting_countries pc join country_regions cr on cr.country = upper(pc.country) where pc.posting_id = p.id and cr.region = ${scope.region})`,
    Boolean(scope.terms?.length) && sql`p.id in (select rowid from postings_fts where postings_fts match ${ftsQueryOf(scope.terms ?? []) ?? ""})`,
  ]);
  const names = (framework: string) => sql`exists (select 1 from posting_frameworks f where f.posting_id = p.id and f.framework = ${framework})`;
  const job = sql`coalesce(p.group_id, p.id)`;
  return db.get<FrameworkJobCounts>(sql`
    select count(distinct ${job}) as jobs,
      count(distinct case when ${names("pytorch")} then ${job} end) as pytorch,
      count(distinct case when ${names("tensorflow")} then ${job} end) as tensorflow,
      count(distinct case when ${names("pytorch")} or ${names("tensorflow")} then ${job} end) as either
    from postings p where ${where}`)!;
}

/** The FTS5 query a term list was asked as (each term as the search box reads it, ORed); null when nothing is searchable. */
export function ftsQueryOf(terms: readonly string[]): string | null {
  const queries = terms.map(toFtsQuery).filter((q): q is string => q !== null);
  return queries.length > 0 ? queries.map((q) => `(${q})`).join(" OR ") : null;
}
