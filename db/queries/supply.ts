import "server-only";
import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Region } from "@/lib/geo/regions";
import { wilsonInterval } from "@/lib/stats/wilson";
import { FRAMEWORK_RELATIONS, type FrameworkRelation } from "@/lib/surveys/frameworks";
import { FRAMEWORKS, type Framework, type Role, type Seniority } from "@/lib/taxonomy";
import type { Db } from "../client";
import { surveyCellCounts, surveyFrameworkCellCounts } from "../schema";
import { allOf, breakdownsSchema, BREAKDOWNS, byCells, cellExpr, frameworkSchema, regionSchema, roleSchema, senioritySchema, surveyYearSchema, type CellValue } from "./market-filter";

/** The survey that measures supply: who uses (and wants) which framework. */
export const SUPPLY_SOURCE = "so-survey";

export const supplyFilterSchema = z.object({
  /** Survey year; absent → the latest year stored. */
  year: surveyYearSchema.optional(),
  framework: frameworkSchema.optional(),
  role: roleSchema.optional(),
  seniority: senioritySchema.optional(),
  region: regionSchema.optional(),
  /** "used": worked with it this year (supply); "wanted": wants to next year (next-year supply). */
  relation: z.enum(FRAMEWORK_RELATIONS).default("used"),
  by: breakdownsSchema(BREAKDOWNS).default([]),
});
export type SupplyFilter = z.infer<typeof supplyFilterSchema>;

export type SupplyCell = { role: CellValue<Role>; seniority: CellValue<Seniority>; region: CellValue<Region> };
export type SupplyRow = SupplyCell & {
  source: typeof SUPPLY_SOURCE;
  year: number;
  relation: FrameworkRelation;
  framework: Framework;
  /** Respondents in the cell who named the framework. */
  respondents: number;
  /** Every respondent of the year in the cell (all who match the non-framework filters). */
  sample: number;
  share: number;
  /** 95% Wilson score interval of the share. */
  shareLow: number;
  shareHigh: number;
};

/** Survey years stored, newest first. */
export function listSurveyYears(db: Db): number[] {
  return db
    .selectDistinct({ year: surveyCellCounts.year })
    .from(surveyCellCounts)
    .where(and(eq(surveyCellCounts.source, SUPPLY_SOURCE), gt(surveyCellCounts.respondents, 0)))
    .orderBy(desc(surveyCellCounts.year))
    .all()
    .map((row) => row.year);
}

/**
 * Respondents per framework and cell (role × seniority band × region, as split by `by`), with the
 * cell's sample size, the share and its Wilson interval. Every cell with respondents appears, with
 * a row for each framework (0 users included), so a framework nobody named is visible as 0%.
 * Read from the rollups of migration 0006: a respondent sits in one cell and names a framework
 * at most once per relation, so the cells' counts add up exactly.
 */
export function getSupply(db: Db, filter: SupplyFilter): SupplyRow[] {
  const year = filter.year ?? listSurveyYears(db)[0];
  if (year === undefined) return [];
  const split = new Set(filter.by);
  const cellsOf = (t: typeof surveyCellCounts | typeof surveyFrameworkCellCounts) => ({
    role: cellExpr(split.has("role"), sql`nullif(${t.role}, '')`, filter.role),
    seniority: cellExpr(split.has("seniority"), sql`${t.seniority}`, filter.seniority),
    region: cellExpr(split.has("region"), sql`nullif(${t.region}, '')`, filter.region),
  });
  const inScope = (t: typeof surveyCellCounts | typeof surveyFrameworkCellCounts) =>
    allOf([
      eq(t.source, SUPPLY_SOURCE),
      eq(t.year, year),
      filter.role && eq(t.role, filter.role),
      filter.seniority && eq(t.seniority, filter.seniority),
      filter.region && eq(t.region, filter.region),
    ]);
  const groupsOf = (cell: ReturnType<typeof cellsOf>) => BREAKDOWNS.filter((d) => split.has(d)).map((d) => cell[d]);
  const frameworks: Framework[] = filter.framework ? [filter.framework] : [...FRAMEWORKS];

  const sampleCell = cellsOf(surveyCellCounts);
  const samples = db
    .select({ ...sampleCell, sample: sql<number>`sum(${surveyCellCounts.respondents})` })
    .from(surveyCellCounts)
    .where(inScope(surveyCellCounts))
    .groupBy(...groupsOf(sampleCell))
    .all()
    .filter((row) => row.sample > 0);
  const userCell = cellsOf(surveyFrameworkCellCounts);
  const users = db
    .select({ ...userCell, framework: surveyFrameworkCellCounts.framework, users: sql<number>`sum(${surveyFrameworkCellCounts.users})` })
    .from(surveyFrameworkCellCounts)
    .where(and(inScope(surveyFrameworkCellCounts), eq(surveyFrameworkCellCounts.relation, filter.relation), inArray(surveyFrameworkCellCounts.framework, frameworks)))
    .groupBy(surveyFrameworkCellCounts.framework, ...groupsOf(userCell))
    .all();
  const key = (row: { role: string; seniority: string; region: string }) => `${row.role}|${row.seniority}|${row.region}`;
  const usersByKey = new Map(users.map((row) => [`${row.framework}|${key(row)}`, row.users]));

  const rows: SupplyRow[] = samples.flatMap((sampleRow) =>
    frameworks.map((framework) => {
      const used = usersByKey.get(`${framework}|${key(sampleRow)}`) ?? 0;
      const interval = wilsonInterval(used, sampleRow.sample) ?? { low: 0, high: 0 };
      return {
        source: SUPPLY_SOURCE,
        year,
        relation: filter.relation,
        framework,
        role: sampleRow.role as CellValue<Role>,
        seniority: sampleRow.seniority as CellValue<Seniority>,
        region: sampleRow.region as CellValue<Region>,
        respondents: used,
        sample: sampleRow.sample,
        share: used / sampleRow.sample,
        shareLow: interval.low,
        shareHigh: interval.high,
      };
    }),
  );
  return rows.sort(byCells<SupplyRow>("role", "seniority", "region", "framework"));
}
