// Literal SQL for the DuckDB anchor (benchmark only: every value comes from the fixed cases here).
import { sourcesOf, sourcesOfFilter, type SourceFilter, type SourceGroup } from "@/lib/trends/source-groups";

export const lit = (value: string | number): string => (typeof value === "number" ? String(value) : `'${value.replace(/'/g, "''")}'`);
export const list = (values: readonly string[]): string => values.map(lit).join(", ");
export const inGroup = (group: SourceGroup): string => `source in (${list(sourcesOf(group))})`;
export const inFilter = (filter: SourceFilter): string => `source in (${list(sourcesOfFilter(filter))})`;
export const months = (range: { from?: string; to?: string }, column = "month"): string[] =>
  [range.from && `${column} >= ${lit(range.from)}`, range.to && `${column} <= ${lit(range.to)}`].filter((c): c is string => Boolean(c));
export const where = (conditions: ReadonlyArray<string | false | undefined>): string => {
  const present = conditions.filter((c): c is string => Boolean(c));
  return present.length ? `where ${present.join(" and ")}` : "";
};
