import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { CONTENDERS, type Contender } from "@/lib/evidence/compare";
import { expandCounts } from "@/lib/stats/percentile";
import { PROFILE_BITS } from "@/lib/surveys/profile";
import type { Db } from "../client";
import { allOf, regionSchema, roleSchema, surveyYearSchema } from "./market-filter";
import { getPostedUsdFigures, getPostedUsdFiguresOf } from "./posted-pay";
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

/**
 * Read from the profile rollup of migration 0007: respondents per cell and profile (which
 * contenders they used and want, as bits), so every count is a sum over at most 16 profiles a cell.
 */
export function getSurveyFrameworkCounts(db: Db, scope: SurveyScope): SurveyFrameworkCounts | null {
  const parsed = surveyScopeSchema.parse(scope);
  const year = parsed.year ?? listSurveyYears(db)[0];
  if (year === undefined) return null;
  const having = (mask: number, without = 0) => sql`sum(case when profile & ${mask} <> 0 and profile & ${without} = 0 then respondents else 0 end)`;
  const columns = CONTENDERS.flatMap((f) => [
    sql`${having(PROFILE_BITS.used[f])} as ${sql.identifier(`used_${f}`)}`,
    sql`${having(PROFILE_BITS.wanted[f])} as ${sql.identifier(`wanted_${f}`)}`,
    sql`${having(PROFILE_BITS.wanted[f], PROFILE_BITS.used[f])} as ${sql.identifier(`new_${f}`)}`,
  ]);
  const either = CONTENDERS.reduce((mask, f) => mask | PROFILE_BITS.used[f], 0);
  const row = db.get<Record<string, number | null>>(sql`
    select sum(respondents) as sample, ${having(either)} as used_either, ${sql.join(columns, sql`, `)}
    from survey_profile_counts
    where ${allOf([
      sql`source = ${SUPPLY_SOURCE} and year = ${year}`,
      parsed.roles.length > 0 && sql`role in (${list(parsed.roles)})`,
      parsed.region && sql`region = ${parsed.region}`,
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
  if (parsed.origin === "posted") return getPostedUsdFigures(db, parsed);
  const year = parsed.year ?? listSurveyYears(db)[0];
  if (year === undefined) return [];
  // The survey pay value counts of migration 0007: respondents per cell, framework used and exact figure.
  const counts = db.all<{ value: number; n: number }>(sql`
    select value, sum(respondents) as n from survey_pay_counts
    where ${allOf([
      sql`source = ${SUPPLY_SOURCE} and year = ${year} and framework = ${parsed.framework} and respondents > 0`,
      parsed.roles.length > 0 && sql`role in (${list(parsed.roles)})`,
      parsed.region && sql`region = ${parsed.region}`,
    ])}
    group by value
    order by value`);
  return expandCounts(counts);
}

/** getPayFigures of every contender: the posted figures of both from one read of posted_pay. */
export function getContenderPayFigures(db: Db, scope: Omit<PayScope, "framework">): Record<Contender, number[]> {
  const perContender = (figuresOf: (framework: Contender) => number[]) => Object.fromEntries(CONTENDERS.map((framework) => [framework, figuresOf(framework)])) as Record<Contender, number[]>;
  if (scope.origin !== "posted") return perContender((framework) => getPayFigures(db, { ...scope, framework }));
  const { roles, region } = payScopeSchema.omit({ framework: true }).parse(scope);
  const posted = getPostedUsdFiguresOf(db, { frameworks: CONTENDERS, roles, region });
  return perContender((framework) => posted.get(framework) ?? []);
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
