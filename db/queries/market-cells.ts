import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { REGIONS, type Region } from "@/lib/geo/regions";
import { UNKNOWN_REGION_BIT, regionBit, roleBit } from "@/lib/money/pay-bits";
import { ROLES, type Role } from "@/lib/taxonomy";
import type { Db } from "../client";
import { allOf } from "./market-filter";

// Distinct jobs (duplicate groups) by role, region, seniority, use case and framework from the cells of
// migration 0010, exactly as count(distinct coalesce(group_id, id)) over the postings and their label
// rows would say: a job whose postings all have one key is summed from job_market_cells (it is in that
// cell only), the others counted distinct in job_market_shared. A label is tested on its bit.

export type MarketScope = {
  /** Only these sources; an empty list matches nothing. */
  sources?: readonly string[];
  from?: string;
  to?: string;
  seniority?: string;
  /** Postings with any of these bits (0 or absent: no test). */
  frameworkBits?: number;
  roleBits?: number;
  regionBits?: number;
  useCaseBits?: number;
  /** Postings matching any of these term groups (lib/evidence/term-bits.ts, migration 0011). */
  termBits?: number;
};

/** A split by one label column: a row per value whose bit the posting has, or (`none`) when it has no bit at all. */
export type MarketSplit = { column: "framework_bits" | "role_bits" | "region_bits"; values: ReadonlyArray<{ label: string; bit: number; none?: boolean }> };

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const anyBit = (column: string, bits: number | undefined) => Boolean(bits) && sql`(${sql.raw(`c.${column}`)} & ${bits}) <> 0`;

function scopeConditions(scope: MarketScope): SQL {
  return allOf([
    scope.sources && (scope.sources.length ? sql`c.source in (${list(scope.sources)})` : sql`0`),
    scope.from && sql`c.month >= ${scope.from}`,
    scope.to && sql`c.month <= ${scope.to}`,
    scope.seniority && sql`c.seniority = ${scope.seniority}`,
    anyBit("framework_bits", scope.frameworkBits),
    anyBit("role_bits", scope.roleBits),
    anyBit("region_bits", scope.regionBits),
    anyBit("use_case_bits", scope.useCaseBits),
    anyBit("term_bits", scope.termBits),
  ]);
}

/** Roles as a split: the role filtered on, else every role and "unknown" (no role label). */
export function roleSplit(only?: Role): MarketSplit {
  const values = only ? [{ label: only, bit: roleBit(only) }] : [...ROLES.map((role) => ({ label: role, bit: roleBit(role) })), { label: "unknown", bit: 0, none: true }];
  return { column: "role_bits", values };
}

/** Regions as a split: the region filtered on, else every region and "unknown" (no country, or one in no region). */
export function regionSplit(only?: Region): MarketSplit {
  const values = only
    ? [{ label: only, bit: regionBit(only) }]
    : [...REGIONS.map((region) => ({ label: region, bit: regionBit(region) })), { label: "unknown", bit: UNKNOWN_REGION_BIT, none: true }];
  return { column: "region_bits", values };
}

/** Distinct jobs in scope per combination of the splits' labels (k0, k1, …); combinations without jobs are left out. */
export function countMarketJobs(db: Db, scope: MarketScope, splits: readonly MarketSplit[]): Array<{ keys: string[]; jobs: number }> {
  const names = splits.map((_, i) => `k${i}`);
  const valueTables = splits.map(
    (split, i) => sql`${sql.raw(`v${i}`)}(label, bit, none) as (values ${sql.join(split.values.map((v) => sql`(${v.label}, ${v.bit}, ${v.none ? 1 : 0})`), sql`, `)})`,
  );
  // cross join: the cells stay the outer loop, read once, not once per combination of the values.
  const joins = sql.join(
    splits.map((split, i) => sql.raw(` cross join v${i} on ((c.${split.column} & v${i}.bit) <> 0 or (v${i}.none and c.${split.column} = 0))`)),
    sql``,
  );
  const keys = sql.raw(names.map((name, i) => `v${i}.label as ${name}, `).join(""));
  const groupBy = names.length ? sql.raw(`group by ${names.join(", ")}`) : sql``;
  const where = scopeConditions(scope);
  const rows = db.all<Record<string, string | number>>(sql`
    ${valueTables.length ? sql`with ${sql.join(valueTables, sql`, `)}` : sql``}
    select ${sql.raw(names.map((name) => `${name}, `).join(""))}sum(n) as jobs from (
      select ${keys}sum(c.whole_jobs) as n from job_market_cells c${joins} where ${where} ${groupBy}
      union all
      select ${keys}count(distinct c.group_id) as n from job_market_shared c${joins} where ${where} ${groupBy}
    ) ${groupBy}`);
  return rows.map((row) => ({ keys: names.map((name) => String(row[name])), jobs: Number(row.jobs ?? 0) })).filter((row) => row.jobs > 0);
}

/** Distinct jobs in scope, and those with any of each of the given framework bit masks. */
export function countMarketJobsWith<K extends string>(db: Db, scope: MarketScope, masks: Record<K, number>): Record<K, number> & { jobs: number } {
  const keys = Object.keys(masks) as K[];
  // Names and masks are the caller's constants, written into the SQL: checked, never user input.
  for (const key of keys) if (!/^[a-z]+$/i.test(key) || !Number.isInteger(masks[key])) throw new Error(`bad framework mask ${key}`);
  const counts = (pick: (mask: number) => string) => sql.raw(keys.map((key) => `, ${pick(masks[key])} as "${key}"`).join(""));
  const where = scopeConditions(scope);
  const row = db.get<Record<string, number | null>>(sql`
    select sum(jobs) as jobs${sql.raw(keys.map((key) => `, sum("${key}") as "${key}"`).join(""))} from (
      select sum(c.whole_jobs) as jobs${counts((mask) => `sum(case when (c.framework_bits & ${mask}) <> 0 then c.whole_jobs else 0 end)`)}
      from job_market_cells c where ${where}
      union all
      select count(distinct c.group_id) as jobs${counts((mask) => `count(distinct case when (c.framework_bits & ${mask}) <> 0 then c.group_id end)`)}
      from job_market_shared c where ${where}
    )`);
  return Object.fromEntries(["jobs", ...keys].map((key) => [key, Number(row?.[key] ?? 0)])) as Record<K, number> & { jobs: number };
}
