import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { REGIONS } from "@/lib/geo/regions";
import { monthSchema } from "@/lib/months";
import { POSTING_SOURCES } from "@/lib/sources";
import { FRAMEWORKS, ROLES, SENIORITIES } from "@/lib/taxonomy";

// The filters /talent, /salaries and `report supply|salaries` share: one schema per field, so a
// page, the CLI and a query read `role=ml_engineer` the same way.

/** The dimensions a market table can be split by; a dimension not split by reads "all". */
export const BREAKDOWNS = ["role", "seniority", "region"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * A cell's value on one dimension: the label; when not split by it, the filter's value or "all";
 * "unknown" when the row has none.
 */
export type CellValue<T extends string> = T | "all" | "unknown";

export const surveyYearSchema = z.coerce.number().int("a survey year is a whole year, e.g. 2023").min(2000).max(2100);
export const frameworkSchema = z.enum(FRAMEWORKS);
export const roleSchema = z.enum(ROLES);
export const senioritySchema = z.enum(SENIORITIES);
export const regionSchema = z.enum(REGIONS);
export const postingSourceSchema = z.enum(POSTING_SOURCES);
export { monthSchema };

/** A list of breakdowns, from an array or a comma-separated string (`--by role,region`); duplicates dropped. */
export function breakdownsSchema<const T extends readonly [Breakdown, ...Breakdown[]]>(allowed: T) {
  return z
    .preprocess((value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : value), z.array(z.enum(allowed)))
    .transform((list) => [...new Set(list)]);
}

/** `column` as a cell value when split by it (null → "unknown"), else the filter's value, else "all". */
export function cellExpr(split: boolean, column: SQL, filtered?: string): SQL<string> {
  return split ? sql<string>`coalesce(${column}, 'unknown')` : sql<string>`${filtered ?? "all"}`;
}

/** Conditions joined with `and`; none is `1 = 1`. */
export function allOf(conditions: ReadonlyArray<SQL | undefined | false | "">): SQL {
  const present = conditions.filter((c): c is SQL => Boolean(c));
  return present.length ? sql.join(present, sql` and `) : sql`1 = 1`;
}

const ORDER: Record<string, readonly string[]> = { framework: [...FRAMEWORKS, "any"], role: ROLES, seniority: SENIORITIES, region: REGIONS };

/** Sorts rows by the given dimensions in vocabulary order ("all" first, "unknown" last). */
export function byCells<R extends Record<string, unknown>>(...keys: ReadonlyArray<keyof R & string>): (a: R, b: R) => number {
  const rank = (key: string, value: unknown) => {
    if (value === "all") return -1;
    const index = (ORDER[key] ?? []).indexOf(String(value));
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (a, b) => {
    for (const key of keys) {
      const diff = rank(key, a[key]) - rank(key, b[key]) || String(a[key]).localeCompare(String(b[key]));
      if (diff) return diff;
    }
    return 0;
  };
}
