import "server-only";
import { desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Region } from "@/lib/geo/regions";
import { BAND_PERCENTILES, percentileOfRanks } from "@/lib/stats/percentile";
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

/** One origin's figures: `cells` selects framework, role, seniority, region, currency, value, one row per person or job and cell. */
type CellSource = { year: number | null; cells: SQL };

const CELLS: Record<SalaryOrigin, (db: Db, filter: SalaryFilter) => CellSource | null> = {
  posted(_db, filter) {
    const split = new Set(filter.by);
    const dims = sql`${cellExpr(split.has("role"), sql`pr.role`, filter.role)} as role, ${cellExpr(split.has("seniority"), sql`pay.seniority`, filter.seniority)} as seniority, ${cellExpr(split.has("region"), sql`cr.region`, filter.region)} as region`;
    const where = allOf([
      sql`pay.k = 1`,
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
    // A duplicate group counts once: its earliest posting that states pay in the currency stands for it.
    const pay = sql`
      select id, coalesce(group_id, id) as job, seniority, salary_currency as currency,
        (salary_annual_min + salary_annual_max) / 2.0 as value,
        row_number() over (partition by coalesce(group_id, id), salary_currency order by id) as k
      from postings
      where ${allOf([
        sql`salary_annual_min is not null and salary_annual_max is not null and salary_currency is not null`,
        filter.source && sql`source = ${filter.source}`,
        filter.from && sql`month >= ${filter.from}`,
        filter.to && sql`month <= ${filter.to}`,
      ])}`;
    return {
      year: null,
      cells: sql`with country_region as (${countryRegionValues()}), pay as (${pay})
        select framework, role, seniority, region, currency, value from (${sql.join(parts, sql` union all `)})`,
    };
  },

  survey(db, filter) {
    const year = filter.year ?? listSurveyYears(db)[0];
    if (year === undefined) return null;
    const split = new Set(filter.by);
    const dims = sql`${cellExpr(split.has("role"), sql`r.role`, filter.role)} as role, ${cellExpr(split.has("seniority"), sql`r.seniority`, filter.seniority)} as seniority, ${cellExpr(split.has("region"), sql`r.region`, filter.region)} as region`;
    const where = allOf([
      sql`r.source = ${SUPPLY_SOURCE} and r.year = ${year} and r.comp_yearly_usd > 0`,
      filter.role && sql`r.role = ${filter.role}`,
      filter.seniority && sql`r.seniority = ${filter.seniority}`,
      filter.region && sql`r.region = ${filter.region}`,
    ]);
    const frameworks = filter.framework && filter.framework !== ANY_FRAMEWORK ? [filter.framework] : FRAMEWORKS;
    const perFramework = sql`
      select f.framework as framework, ${dims}, 'USD' as currency, r.comp_yearly_usd as value
      from survey_responses r join survey_response_frameworks f on f.survey_response_id = r.id and f.relation = 'used'
      where ${where} and f.framework in (${sql.join(frameworks.map((f) => sql`${f}`), sql`, `)})`;
    const anyFramework = sql`select ${ANY_FRAMEWORK} as framework, ${dims}, 'USD' as currency, r.comp_yearly_usd as value from survey_responses r where ${where}`;
    const parts = filter.framework === ANY_FRAMEWORK ? [anyFramework] : filter.framework ? [perFramework] : [perFramework, anyFramework];
    return { year, cells: sql.join(parts, sql` union all `) };
  },

  "salary-survey"(db, filter) {
    const year = filter.year ?? listSalarySurveyYears(db)[0];
    if (year === undefined || (filter.framework && filter.framework !== ANY_FRAMEWORK)) return null;
    const split = new Set(filter.by);
    return {
      year,
      cells: sql`
        select ${ANY_FRAMEWORK} as framework, ${cellExpr(split.has("role"), sql`role`, filter.role)} as role,
          ${cellExpr(split.has("seniority"), sql`seniority`, filter.seniority)} as seniority, ${cellExpr(split.has("region"), sql`region`, filter.region)} as region, 'USD' as currency, salary_usd as value
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

type RankRow = { framework: string; role: string; seniority: string; region: string; currency: string; n: number; rn: number; value: number };

/**
 * Percentiles in SQL's order: a window ranks each band's figures, and only the ranks the
 * interpolation needs (two per percentile) leave the database, plus one row per suppressed band for its n.
 */
function bandsOf(db: Db, origin: SalaryOrigin, source: CellSource): SalaryBand[] {
  const band = sql`partition by framework, role, seniority, region, currency`;
  const needed = BAND_PERCENTILES.map((p) => sql`rn - 1 in (cast((n - 1) * ${p} as integer), cast((n - 1) * ${p} as integer) + 1)`);
  const rows = db.all<RankRow>(sql`
    with cells as (${source.cells}),
    ranked as (
      select framework, role, seniority, region, currency, value,
        row_number() over (${band} order by value) as rn, count(*) over (${band}) as n
      from cells
    )
    select framework, role, seniority, region, currency, n, rn, value from ranked
    where rn = 1 or (n >= ${MIN_BAND_N} and (${sql.join(needed, sql` or `)}))
    order by framework, role, seniority, region, currency, rn`);

  const groups = new Map<string, RankRow[]>();
  for (const row of rows) {
    const key = [row.framework, row.role, row.seniority, row.region, row.currency].join("|");
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((ranks) => {
    const first = ranks[0] as RankRow;
    const suppressed = first.n < MIN_BAND_N;
    const byRank = new Map(ranks.map((row) => [row.rn - 1, row.value]));
    const valueAt = (rank: number) => {
      const value = byRank.get(rank);
      if (value === undefined) throw new Error(`salary band query lost rank ${rank} of ${first.n}`);
      return value;
    };
    const [p10 = null, p25 = null, p50 = null, p75 = null, p90 = null] = suppressed ? [] : BAND_PERCENTILES.map((p) => percentileOfRanks(first.n, p, valueAt));
    return {
      origin,
      year: source.year,
      framework: first.framework as BandFramework,
      role: first.role as CellValue<Role>,
      seniority: first.seniority as CellValue<Seniority>,
      region: first.region as CellValue<Region>,
      currency: first.currency,
      n: first.n,
      suppressed,
      p10,
      p25,
      p50,
      p75,
      p90,
    };
  });
}
