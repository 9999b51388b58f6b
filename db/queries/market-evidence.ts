import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { CONTENDERS, type Contender } from "@/lib/evidence/compare";
import type { Db } from "../client";
import { allOf, countryRegionValues, regionSchema, roleSchema, surveyYearSchema } from "./market-filter";
import { listSurveyYears, SUPPLY_SOURCE } from "./supply";

// Survey, pay and series figures behind /recommendations and /claims, defined as /talent and
// /salaries define them, so a reason's number can be found again on those pages.

export const surveyScopeSchema = z.object({
  /** Absent → the latest survey year stored. */
  year: surveyYearSchema.optional(),
  /** Respondents in any of these roles; empty → every respondent. */
  roles: z.array(roleSchema).default([]),
  region: regionSchema.optional(),
});
export type SurveyScope = z.input<typeof surveyScopeSchema>;

type PerFramework = Record<Contender, number>;
/** Respondents in scope; those who used each framework, want it next year, and want it without using it now. */
export type SurveyFrameworkCounts = { year: number; sample: number; used: PerFramework; usedEither: number; wanted: PerFramework; newcomers: PerFramework };

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const answered = (framework: string, relation: "used" | "wanted") =>
  sql`exists (select 1 from survey_response_frameworks f where f.survey_response_id = r.id and f.framework = ${framework} and f.relation = ${relation})`;

export function getSurveyFrameworkCounts(db: Db, scope: SurveyScope): SurveyFrameworkCounts | null {
  const parsed = surveyScopeSchema.parse(scope);
  const year = parsed.year ?? listSurveyYears(db)[0];
  if (year === undefined) return null;
  const columns = CONTENDERS.flatMap((f) => [
    sql`sum(${answered(f, "used")}) as ${sql.identifier(`used_${f}`)}`,
    sql`sum(${answered(f, "wanted")}) as ${sql.identifier(`wanted_${f}`)}`,
    sql`sum(${answered(f, "wanted")} and not ${answered(f, "used")}) as ${sql.identifier(`new_${f}`)}`,
  ]);
  const row = db.get<Record<string, number | null>>(sql`
    select count(*) as sample, sum(${sql.join(CONTENDERS.map((f) => answered(f, "used")), sql` or `)}) as used_either, ${sql.join(columns, sql`, `)}
    from survey_responses r
    where ${allOf([
      sql`r.source = ${SUPPLY_SOURCE} and r.year = ${year}`,
      parsed.roles.length > 0 && sql`r.role in (${list(parsed.roles)})`,
      parsed.region && sql`r.region = ${parsed.region}`,
    ])}`);
  const pick = (prefix: string): PerFramework => ({ pytorch: row?.[`${prefix}_pytorch`] ?? 0, tensorflow: row?.[`${prefix}_tensorflow`] ?? 0 });
  return { year, sample: row?.sample ?? 0, used: pick("used"), usedEither: row?.used_either ?? 0, wanted: pick("wanted"), newcomers: pick("new") };
}

export const payScopeSchema = z.object({
  /** "posted": US-dollar job ads (midpoint of the yearly range); "survey": Stack Overflow total pay in USD. */
  origin: z.enum(["posted", "survey"]),
  framework: z.enum(CONTENDERS),
  roles: z.array(roleSchema).default([]),
  region: regionSchema.optional(),
  /** Survey year; absent → the latest. */
  year: surveyYearSchema.optional(),
});
export type PayScope = z.input<typeof payScopeSchema>;

/**
 * Yearly pay figures in USD, ascending: as /salaries builds its USD bands (a job's earliest
 * posting stating pay in USD stands for its duplicate group; a respondent per framework used).
 */
export function getPayFigures(db: Db, scope: PayScope): number[] {
  const parsed = payScopeSchema.parse(scope);
  const inRoles = (table: string, id: SQL) => parsed.roles.length > 0 && sql`exists (select 1 from ${sql.identifier(table)} x where x.posting_id = ${id} and x.role in (${list(parsed.roles)}))`;
  if (parsed.origin === "posted") {
    const rows = db.all<{ value: number }>(sql`
      ${parsed.region ? sql`with country_region as (${countryRegionValues()}),` : sql`with`} pay as (
        select id, (salary_annual_min + salary_annual_max) / 2.0 as value,
          row_number() over (partition by coalesce(group_id, id) order by id) as k
        from postings
        where salary_annual_min is not null and salary_annual_max is not null and salary_currency = 'USD'
      )
      select value from pay
      where ${allOf([
        sql`k = 1`,
        sql`exists (select 1 from posting_frameworks f where f.posting_id = pay.id and f.framework = ${parsed.framework})`,
        inRoles("posting_roles", sql`pay.id`),
        parsed.region &&
          sql`exists (select 1 from posting_countries pc join country_region cr on cr.country = upper(pc.country) where pc.posting_id = pay.id and cr.region = ${parsed.region})`,
      ])}
      order by value`);
    return rows.map((row) => row.value);
  }
  const year = parsed.year ?? listSurveyYears(db)[0];
  if (year === undefined) return [];
  return db
    .all<{ value: number }>(sql`
      select r.comp_yearly_usd as value from survey_responses r
      where ${allOf([
        sql`r.source = ${SUPPLY_SOURCE} and r.year = ${year} and r.comp_yearly_usd > 0`,
        answered(parsed.framework, "used"),
        parsed.roles.length > 0 && sql`r.role in (${list(parsed.roles)})`,
        parsed.region && sql`r.region = ${parsed.region}`,
      ])}
      order by value`)
    .map((row) => row.value);
}

export type QuestionYear = { year: string } & PerFramework;

/** Stack Overflow questions per year tagged with each framework (series so_questions), oldest first. */
export function getQuestionsByYear(db: Db): QuestionYear[] {
  const rows = db.all<{ year: string; framework: string; value: number }>(sql`
    select date as year, key as framework, value from series_points
    where series = 'so_questions' and key in (${list(CONTENDERS)})
    order by date`);
  const years = new Map<string, QuestionYear>();
  for (const row of rows) {
    const entry = years.get(row.year) ?? { year: row.year, pytorch: 0, tensorflow: 0 };
    entry[row.framework as Contender] = row.value;
    years.set(row.year, entry);
  }
  return [...years.values()];
}
