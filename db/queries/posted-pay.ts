import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { REGIONS, type Region } from "@/lib/geo/regions";
import { bitsOf, frameworkBit, namesOf, regionBit, roleBit, UNKNOWN_REGION_BIT } from "@/lib/money/pay-bits";
import { FRAMEWORKS, ROLES, type Framework, type Role, type Seniority } from "@/lib/taxonomy";
import type { Db } from "../client";
import { allOf } from "./market-filter";

// Posted pay figures from posted_pay (migration 0007): one narrow row per posting stating pay,
// its labels as bits, read through one covering index in duplicate-group order. The bands read most
// jobs as value counts from posted_pay_cells (migration 0009), and only the jobs whose postings
// stating pay span months or sources from posted_pay, so they read about as many rows as there are
// distinct figures.

export type PostedPayScope = { source?: string; from?: string; to?: string; currency?: string };

/**
 * A duplicate group counts once per currency: its earliest posting stating pay in that currency
 * (among the postings the scope keeps) stands for it. SQLite takes min()'s bare columns from the
 * row holding the minimum, so every other column is that posting's.
 */
export function postedPayRepresentatives(scope: PostedPayScope): SQL {
  return sql`
    select min(posting_id) as id, job, currency, seniority, value, framework_bits, role_bits, region_bits
    from posted_pay
    where ${inScope(scope, "")}
    group by currency, job`;
}

const inScope = (scope: PostedPayScope, table: string): SQL => {
  const column = (name: string) => sql.raw(`${table}${name}`);
  return allOf([
    scope.currency && sql`${column("currency")} = ${scope.currency}`,
    scope.source && sql`${column("source")} = ${scope.source}`,
    scope.from && sql`${column("month")} >= ${scope.from}`,
    scope.to && sql`${column("month")} <= ${scope.to}`,
  ]);
};

/**
 * Jobs with the same figure and labels as one row with their number: the jobs whose postings stating
 * pay in the currency are all in one month and source (a scope keeps all or none of them, so their
 * earliest stands for the job), summed from posted_pay_cells; the others each by its representative
 * as postedPayRepresentatives picks it (the cross join keeps SQLite walking those jobs from their
 * partial index rather than every posted_pay row).
 */
function postedPayValueCounts(scope: PostedPayScope): SQL {
  return sql`
    select currency, seniority, value, framework_bits, role_bits, region_bits, sum(n) as n from (
      select currency, seniority, value, framework_bits, role_bits, region_bits, jobs as n from posted_pay_cells where ${inScope(scope, "")}
      union all
      select currency, seniority, value, framework_bits, role_bits, region_bits, 1 from (
        select min(p.posting_id), p.job, p.currency, p.seniority, p.value, p.framework_bits, p.role_bits, p.region_bits
        from posted_pay_jobs j cross join posted_pay p on p.currency = j.currency and p.job = j.job
        where j.counted = 0 and ${inScope(scope, "p.")}
        group by j.currency, j.job
      )
    )
    group by currency, seniority, value, framework_bits, role_bits, region_bits
    having sum(n) > 0`;
}

/** How a band reads one dimension: split by it (every value the job has), kept to one value, or pooled ("all"). */
type Dimension<T extends string> = { split: boolean; only?: T };

export type PostedPayQuery = PostedPayScope & {
  /** Absent: a band per framework and one for "any"; "any": only the latter. */
  framework?: Framework | "any";
  role: Dimension<Role>;
  seniority: Dimension<Seniority>;
  region: Dimension<Region>;
};

export type PostedPayCell = { framework: Framework | "any"; role: string; seniority: string; region: string; currency: string };
type Rep = { currency: string; seniority: Seniority; value: number; framework_bits: number; role_bits: number; region_bits: number; n: number };
/** The jobs of a scope stating pay, those with the same figure and labels as one row with their number. */
export type PostedPayReps = readonly Rep[];

const cellsOf = <T extends string>(dimension: Dimension<T>, names: T[], unknown: boolean): string[] | null => {
  if (dimension.only !== undefined) return names.includes(dimension.only) ? [dimension.only] : null;
  if (!dimension.split) return ["all"];
  return unknown ? [...names, "unknown"] : names;
};

export type PostedPayCounts = Array<{ cell: PostedPayCell; counts: Array<{ value: number; n: number }> }>;

/**
 * The one read of posted_pay behind a scope's bands (the slow part at scale): framework, role,
 * seniority and region are applied after it, so bands of several splits can share it.
 */
export function readPostedPayReps(db: Db, scope: PostedPayScope): PostedPayReps {
  return db.all<Rep>(postedPayValueCounts(scope));
}

/**
 * Each band's figures as value counts (value → jobs), ascending, from reps already read for the
 * query's scope (source, months, currency): a job counts once in every cell its labels put it in
 * (each of its roles, each region of its countries, "unknown" for none).
 */
export function postedPayCountsOf(reps: PostedPayReps, query: PostedPayQuery): PostedPayCounts {
  const frameworksOf = (bits: number): Array<Framework | "any"> =>
    query.framework === "any" ? ["any"] : query.framework ? (bits & frameworkBit(query.framework) ? [query.framework] : []) : [...namesOf(FRAMEWORKS, bits), "any"];
  const bands = new Map<string, { cell: PostedPayCell; values: Map<number, number> }>();
  for (const rep of reps) {
    const frameworks = frameworksOf(rep.framework_bits);
    if (!frameworks.length) continue;
    const roleNames = namesOf(ROLES, rep.role_bits);
    const roles = cellsOf(query.role, roleNames, roleNames.length === 0);
    const seniorities = cellsOf(query.seniority, [rep.seniority], false);
    const regionNames = namesOf(REGIONS, rep.region_bits);
    const regions = cellsOf(query.region, regionNames, rep.region_bits === 0 || (rep.region_bits & UNKNOWN_REGION_BIT) !== 0);
    if (!roles || !seniorities || !regions) continue;
    for (const framework of frameworks)
      for (const role of roles)
        for (const seniority of seniorities)
          for (const region of regions) {
            const key = `${framework}|${role}|${seniority}|${region}|${rep.currency}`;
            let band = bands.get(key);
            if (!band) bands.set(key, (band = { cell: { framework, role, seniority, region, currency: rep.currency }, values: new Map() }));
            band.values.set(rep.value, (band.values.get(rep.value) ?? 0) + rep.n);
          }
  }
  return [...bands.values()].map(({ cell, values }) => ({ cell, counts: [...values].map(([value, n]) => ({ value, n })).sort((a, b) => a.value - b.value) }));
}

/** USD figures of jobs naming the framework, in any of the roles (none: every job) and the region, ascending. */
export function getPostedUsdFigures(db: Db, scope: { framework: Framework; roles: readonly Role[]; region?: Region }): number[] {
  return getPostedUsdFiguresOf(db, { ...scope, frameworks: [scope.framework] }).get(scope.framework) ?? [];
}

/**
 * getPostedUsdFigures of several frameworks from one read of posted_pay (the representatives scan
 * is the cost, whatever the framework): each job's figure goes to every one of them it names.
 */
export function getPostedUsdFiguresOf<F extends Framework>(db: Db, scope: { frameworks: readonly F[]; roles: readonly Role[]; region?: Region }): Map<F, number[]> {
  const roleMask = bitsOf(scope.roles, roleBit);
  const frameworkMask = bitsOf(scope.frameworks, frameworkBit);
  const rows = db.all<{ value: number; framework_bits: number }>(sql`
    select value, framework_bits from (${postedPayRepresentatives({ currency: "USD" })})
    where ${allOf([
      sql`framework_bits & ${frameworkMask} <> 0`,
      roleMask !== 0 && sql`role_bits & ${roleMask} <> 0`,
      scope.region && sql`region_bits & ${regionBit(scope.region)} <> 0`,
    ])}
    order by value`);
  const figures = new Map(scope.frameworks.map((framework) => [framework, [] as number[]]));
  for (const row of rows) for (const [framework, values] of figures) if (row.framework_bits & frameworkBit(framework)) values.push(row.value);
  return figures;
}
