import "server-only";
import { desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Region } from "@/lib/geo/regions";
import { BAND_PERCENTILES, percentileOfRanks, rankReader, type ValueCounts } from "@/lib/stats/percentile";
import { FRAMEWORKS, type Framework, type Role, type Seniority } from "@/lib/taxonomy";
import type { Db } from "../client";
import { salaryReports } from "../schema";
import { allOf, breakdownsSchema, BREAKDOWNS, byCells, cellExpr, monthSchema, postingSourceSchema, regionSchema, roleSchema, senioritySchema, surveyYearSchema, type CellValue } from "./market-filter";
import { postedPayCountsOf, readPostedPayReps, type PostedPayReps, type PostedPayScope } from "./posted-pay";
import { listSurveyYears, SUPPLY_SOURCE } from "./supply";

/** Where a band's pay figures come from; bands of different origins are never pooled. */
export const SALARY_ORIGINS = ["posted", "survey", "salary-survey"] as const;
export type SalaryOrigin = (typeof SALARY_ORIGINS)[number];

/** Bands resting on fewer figures than this are suppressed: present with their n, without percentiles. */
export const MIN_BAND_N = 10;

/** What each origin's figures are: currency and period, for the page and the export. */
export const SALARY_ORIGIN_NOTES: Record<SalaryOrigin, string> = {
  posted:
    "Job ads that state pay: the midpoint of the posted range, as yearly base pay in the currency of the ad (hourly × 2,080, daily × 260, " +
    "weekly × 52, monthly × 12). Each currency is its own band; a job posted twice counts once.",
  survey:
    "Stack Overflow Developer Survey: total yearly compensation in US dollars as the survey converted it, per framework the respondent used that year.",
  "salary-survey":
    "ai-jobs.net salary survey: full-time yearly salary in US dollars as reported for the work year; the survey does not ask about frameworks, so its bands are for any framework.",
};

/** The "framework" of a band over every figure of its origin, whatever framework (or none) it names. */
export const ANY_FRAMEWORK = "any";
export type BandFramework = Framework | typeof ANY_FRAMEWORK;

export const salaryFilterSchema = z.object({
  origin: z.enum(SALARY_ORIGINS).optional(),
  framework: z.enum([...FRAMEWORKS, ANY_FRAMEWORK]).optional(),
  role: roleSchema.optional(),
  seniority: senioritySchema.optional(),
  region: regionSchema.optional(),
  /** Survey year of both surveys; absent → each survey's latest year. */
  year: surveyYearSchema.optional(),
  /** Months of the job ads (posted bands only). */
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  source: postingSourceSchema.optional(),
  by: breakdownsSchema(BREAKDOWNS).default([]),
});
export type SalaryFilter = z.infer<typeof salaryFilterSchema>;

export type SalaryBand = {
  origin: SalaryOrigin;
  /** The survey year (null for job ads). */
  year: number | null;
  framework: BandFramework;
  role: CellValue<Role>;
  seniority: CellValue<Seniority>;
  region: CellValue<Region>;
  /** ISO 4217; every figure of a band is in it, per year. */
  currency: string;
  n: number;
  suppressed: boolean;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
};

/** Work years of the salary survey stored, newest first. */
export function listSalarySurveyYears(db: Db): number[] {
  return db
    .selectDistinct({ year: salaryReports.workYear })
    .from(salaryReports)
    .orderBy(desc(salaryReports.workYear))
    .all()
    .map((row) => row.year);
}

/** p10/p25/p50/p75/p90 per origin × framework × cell × currency, with n; thin bands suppressed. */
export function getSalaryBands(db: Db, filter: SalaryFilter): SalaryBand[] {
  return getSalaryBandSets(db, [filter])[0] ?? [];
}

/**
 * getSalaryBands of each filter; filters over the same job ads (source and months) read posted_pay
 * once, so a page's split bands and its unsplit totals cost one read, not two.
 */
export function getSalaryBandSets(db: Db, filters: readonly SalaryFilter[]): SalaryBand[][] {
  const reads = new Map<string, PostedPayReps>();
  const repsOf = (scope: PostedPayScope): PostedPayReps => {
    const key = JSON.stringify([scope.source ?? null, scope.from ?? null, scope.to ?? null]);
    let reps = reads.get(key);
    if (!reps) reads.set(key, (reps = readPostedPayReps(db, scope)));
    return reps;
  };
  return filters.map((filter) => {
    const origins = filter.origin ? [filter.origin] : SALARY_ORIGINS;
    return origins.flatMap((origin) => {
      const source = origin === "posted" ? null : CELLS[origin](db, filter);
      const bands = origin === "posted" ? postedBands(repsOf(filter), filter) : source ? bandsOf(db, origin, source) : [];
      return bands.sort(byCells<SalaryBand>("framework", "role", "seniority", "region", "currency"));
    });
  });
}

/**
 * One origin's figures: `cells` selects framework, role, seniority, region, currency, value and
 * `weight` (how many people or jobs of the cell hold that exact figure).
 */
type CellSource = { year: number | null; cells: SQL };

const CELLS: Record<Exclude<SalaryOrigin, "posted">, (db: Db, filter: SalaryFilter) => CellSource | null> = {
  // From the value counts of migration 0007: respondents per cell, framework used (or any) and exact pay figure.
  survey(db, filter) {
    const year = filter.year ?? listSurveyYears(db)[0];
    if (year === undefined) return null;
    const split = new Set(filter.by);
    const frameworks: string[] =
      filter.framework === ANY_FRAMEWORK ? [ANY_FRAMEWORK] : filter.framework ? [filter.framework] : [...FRAMEWORKS, ANY_FRAMEWORK];
    return {
      year,
      cells: sql`
        select framework, ${cellExpr(split.has("role"), sql`nullif(role, '')`, filter.role)} as role,
          ${cellExpr(split.has("seniority"), sql`seniority`, filter.seniority)} as seniority, ${cellExpr(split.has("region"), sql`nullif(region, '')`, filter.region)} as region,
          'USD' as currency, value, respondents as weight
        from survey_pay_counts
        where ${allOf([
          sql`source = ${SUPPLY_SOURCE} and year = ${year} and respondents > 0`,
          sql`framework in (${sql.join(frameworks.map((f) => sql`${f}`), sql`, `)})`,
          filter.role && sql`role = ${filter.role}`,
          filter.seniority && sql`seniority = ${filter.seniority}`,
          filter.region && sql`region = ${filter.region}`,
        ])}`,
    };
  },

  "salary-survey"(db, filter) {
    const year = filter.year ?? listSalarySurveyYears(db)[0];
    if (year === undefined || (filter.framework && filter.framework !== ANY_FRAMEWORK)) return null;
    const split = new Set(filter.by);
    return {
      year,
      cells: sql`
        select ${ANY_FRAMEWORK} as framework, ${cellExpr(split.has("role"), sql`role`, filter.role)} as role,
          ${cellExpr(split.has("seniority"), sql`seniority`, filter.seniority)} as seniority, ${cellExpr(split.has("region"), sql`region`, filter.region)} as region, 'USD' as currency, salary_usd as value, 1 as weight
        from salary_reports
        where ${allOf([
          sql`work_year = ${year} and employment_type = 'full_time' and salary_usd > 0`,
          filter.role && eq(salaryReports.role, filter.role),
          filter.seniority && eq(salaryReports.seniority, filter.seniority),
          filter.region && eq(salaryReports.region, filter.region),
        ])}`,
    };
  },
};

type CountRow = { framework: string; role: string; seniority: string; region: string; currency: string; value: number; n: number };
type BandCell = Pick<CountRow, "framework" | "role" | "seniority" | "region" | "currency">;

/** Job ads: value counts per band from posted_pay (db/queries/posted-pay.ts), read for the filter's scope. */
function postedBands(reps: PostedPayReps, filter: SalaryFilter): SalaryBand[] {
  const split = new Set(filter.by);
  const counts = postedPayCountsOf(reps, {
    source: filter.source,
    from: filter.from,
    to: filter.to,
    framework: filter.framework,
    role: { split: split.has("role"), only: filter.role },
    seniority: { split: split.has("seniority"), only: filter.seniority },
    region: { split: split.has("region"), only: filter.region },
  });
  return counts.map(({ cell, counts }) => bandOf("posted", null, cell, counts));
}

/**
 * Surveys: the figures leave the database as (value, how many) per band, in order; the ranks the
 * interpolation needs are read from the running totals.
 */
function bandsOf(db: Db, origin: SalaryOrigin, source: CellSource): SalaryBand[] {
  const rows = db.all<CountRow>(sql`
    with cells as (${source.cells})
    select framework, role, seniority, region, currency, value, sum(weight) as n from cells
    group by framework, role, seniority, region, currency, value
    order by framework, role, seniority, region, currency, value`);

  const groups = new Map<string, CountRow[]>();
  for (const row of rows) {
    const key = [row.framework, row.role, row.seniority, row.region, row.currency].join("|");
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((counts) => bandOf(origin, source.year, counts[0] as CountRow, counts));
}

function bandOf(origin: SalaryOrigin, year: number | null, cell: BandCell, counts: ValueCounts): SalaryBand {
  const { n, valueAt } = rankReader(counts);
  const suppressed = n < MIN_BAND_N;
  const [p10 = null, p25 = null, p50 = null, p75 = null, p90 = null] = suppressed ? [] : BAND_PERCENTILES.map((p) => percentileOfRanks(n, p, valueAt));
  return {
    origin,
    year,
    framework: cell.framework as BandFramework,
    role: cell.role as CellValue<Role>,
    seniority: cell.seniority as CellValue<Seniority>,
    region: cell.region as CellValue<Region>,
    currency: cell.currency,
    n,
    suppressed,
    p10,
    p25,
    p50,
    p75,
    p90,
  };
}
