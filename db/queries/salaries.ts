import "server-only";
import { desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Region } from "@/lib/geo/regions";
import { BAND_PERCENTILES, percentileOfRanks, rankReader } from "@/lib/stats/percentile";
import { FRAMEWORKS, type Framework, type Role, type Seniority } from "@/lib/taxonomy";
import type { Db } from "../client";
import { salaryReports } from "../schema";
import { allOf, breakdownsSchema, BREAKDOWNS, byCells, cellExpr, countryRegionValues, monthSchema, postingSourceSchema, regionSchema, roleSchema, senioritySchema, surveyYearSchema, type CellValue } from "./market-filter";
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
  const origins = filter.origin ? [filter.origin] : SALARY_ORIGINS;
  return origins.flatMap((origin) => {
    const source = CELLS[origin](db, filter);
    return source ? bandsOf(db, origin, source).sort(byCells<SalaryBand>("framework", "role", "seniority", "region", "currency")) : [];
  });
}

/**
 * One origin's figures: `cells` selects framework, role, seniority, region, currency, value and
 * `weight` (how many people or jobs of the cell hold that exact figure).
 */
type CellSource = { year: number | null; cells: SQL };

const CELLS: Record<SalaryOrigin, (db: Db, filter: SalaryFilter) => CellSource | null> = {
  posted(_db, filter) {
    const split = new Set(filter.by);
    const dims = sql`${cellExpr(split.has("role"), sql`pr.role`, filter.role)} as role, ${cellExpr(split.has("seniority"), sql`pay.seniority`, filter.seniority)} as seniority, ${cellExpr(split.has("region"), sql`cr.region`, filter.region)} as region`;
    const where = allOf([
      filter.role && sql`pr.role = ${filter.role}`,
      filter.seniority && sql`pay.seniority = ${filter.seniority}`,
      filter.region && sql`cr.region = ${filter.region}`,
    ]);
    const joins = sql`
      left join posting_roles pr on pr.posting_id = pay.id
      left join posting_countries pc on pc.posting_id = pay.id
      left join country_region cr on cr.country = upper(pc.country)`;
    const perFramework = sql`
      select distinct pay.job, pf.framework as framework, ${dims}, pay.currency, pay.value
      from pay join posting_frameworks pf on pf.posting_id = pay.id ${joins}
      where ${where}${filter.framework && filter.framework !== ANY_FRAMEWORK ? sql` and pf.framework = ${filter.framework}` : sql``}`;
    const anyFramework = sql`
      select distinct pay.job, ${ANY_FRAMEWORK} as framework, ${dims}, pay.currency, pay.value
      from pay ${joins}
      where ${where}`;
    const parts = filter.framework === ANY_FRAMEWORK ? [anyFramework] : filter.framework ? [perFramework] : [perFramework, anyFramework];
    return {
      year: null,
      cells: sql`with country_region as (${countryRegionValues()}), pay as (${postedPayRepresentatives(filter)})
        select framework, role, seniority, region, currency, value, 1 as weight from (${sql.join(parts, sql` union all `)})`,
    };
  },

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

/**
 * A duplicate group counts once: its earliest posting that states pay in the currency (among the
 * postings the filter keeps) stands for it. One row per group and currency: the posting's id, the
 * group, its seniority and the midpoint of its yearly range. Read from the partial index of
 * migration 0007 (postings stating pay, in group order); SQLite takes min()'s bare columns from the
 * row holding the minimum, so the other columns are the earliest posting's.
 */
export function postedPayRepresentatives(filter: { source?: string; from?: string; to?: string; currency?: string }): SQL {
  return sql`
    select min(id) as id, coalesce(group_id, id) as job, seniority, salary_currency as currency,
      (salary_annual_min + salary_annual_max) / 2.0 as value
    from postings
    where ${allOf([
      sql`salary_annual_min is not null and salary_annual_max is not null and salary_currency is not null`,
      filter.currency && sql`salary_currency = ${filter.currency}`,
      filter.source && sql`source = ${filter.source}`,
      filter.from && sql`month >= ${filter.from}`,
      filter.to && sql`month <= ${filter.to}`,
    ])}
    group by salary_currency, coalesce(group_id, id)`;
}

type CountRow = { framework: string; role: string; seniority: string; region: string; currency: string; value: number; n: number };

/**
 * Percentiles from each band's value counts: the figures leave the database as (value, how many),
 * in order, and the ranks the interpolation needs are read from the running totals.
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
  return [...groups.values()].map((counts) => {
    const first = counts[0] as CountRow;
    const { n, valueAt } = rankReader(counts);
    const suppressed = n < MIN_BAND_N;
    const [p10 = null, p25 = null, p50 = null, p75 = null, p90 = null] = suppressed ? [] : BAND_PERCENTILES.map((p) => percentileOfRanks(n, p, valueAt));
    return {
      origin,
      year: source.year,
      framework: first.framework as BandFramework,
      role: first.role as CellValue<Role>,
      seniority: first.seniority as CellValue<Seniority>,
      region: first.region as CellValue<Region>,
      currency: first.currency,
      n,
      suppressed,
      p10,
      p25,
      p50,
      p75,
      p90,
    };
  });
}
