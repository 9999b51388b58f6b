import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { REGIONS } from "@/lib/geo/regions";
import { EMPLOYMENT_TYPES } from "@/lib/surveys/salary-fields";
import { SURVEY_FRAMEWORKS, type SurveyFramework } from "@/lib/surveys/frameworks";
import { FRAMEWORKS, ROLES } from "@/lib/taxonomy";
import type { Db } from "../client";
import { allOf, senioritySchema, surveyYearSchema } from "./market-filter";

// The rows behind every survey figure (/surveys): Stack Overflow respondents and ai-jobs.net
// salary reports, filtered as /talent, /salaries, /trends, /recommendations and /claims count
// them, so a figure's drill-down total is the figure. Counts and pages stay in SQL.

export const SURVEY_DATASETS = ["respondents", "salary-reports"] as const;
export type SurveyDataset = (typeof SURVEY_DATASETS)[number];
export const RESPONDENT_SOURCES = ["so-survey"] as const;
export const REPORT_SOURCES = ["aijobs-salaries"] as const;

/** "new": wants to work with one of the frameworks next year without having used it this year. */
export const RESPONDENT_RELATIONS = ["used", "wanted", "new"] as const;
export type RespondentRelation = (typeof RESPONDENT_RELATIONS)[number];

/** A role or region filter may ask for the rows that have none ("unknown", as market cells name them). */
export const UNKNOWN = "unknown";
export const ROLE_FILTERS = [...ROLES, UNKNOWN] as const;
export const REGION_FILTERS = [...REGIONS, UNKNOWN] as const;

export const SURVEY_ROWS_PAGE_SIZE = 50;
/** Deep OFFSETs read every skipped row: past this page, narrow the filters. */
export const SURVEY_ROWS_MAX_PAGE = 200;

const page = z.number().int().min(1).max(SURVEY_ROWS_MAX_PAGE).default(1);

export const respondentFilterSchema = z.object({
  source: z.enum(RESPONDENT_SOURCES).optional(),
  year: surveyYearSchema.optional(),
  /** Respondents who named any of these (with `relation`); empty → every respondent. */
  frameworks: z.array(z.enum(FRAMEWORKS)).default([]),
  relation: z.enum(RESPONDENT_RELATIONS).default("used"),
  /** Any of these roles; empty → every role. */
  roles: z.array(z.enum(ROLE_FILTERS)).default([]),
  seniority: senioritySchema.optional(),
  region: z.enum(REGION_FILTERS).optional(),
  /** true: yearly compensation stated and above 0, as the pay bands count; false: the rest. */
  hasPay: z.boolean().optional(),
  page,
});
export type RespondentFilter = z.input<typeof respondentFilterSchema>;

export const reportFilterSchema = z.object({
  source: z.enum(REPORT_SOURCES).optional(),
  year: surveyYearSchema.optional(),
  roles: z.array(z.enum(ROLES)).default([]),
  seniority: senioritySchema.optional(),
  region: z.enum(REGION_FILTERS).optional(),
  employment: z.enum(EMPLOYMENT_TYPES).optional(),
  /** true: salary in USD above 0, as the pay bands count. */
  hasPay: z.boolean().optional(),
  page,
});
export type ReportFilter = z.input<typeof reportFilterSchema>;

export type RespondentRow = {
  id: number;
  source: string;
  year: number;
  sourceId: string;
  devType: string | null;
  role: string | null;
  yearsPro: number | null;
  seniority: string;
  country: string | null;
  countryName: string | null;
  region: string | null;
  compYearlyUsd: number | null;
  used: SurveyFramework[];
  wanted: SurveyFramework[];
};

export type ReportRow = {
  id: number;
  source: string;
  workYear: number;
  jobTitle: string;
  role: string;
  experienceLevel: string;
  seniority: string;
  employeeResidence: string;
  region: string | null;
  employmentType: string;
  salary: number;
  salaryCurrency: string;
  salaryUsd: number;
  remoteRatio: number;
  companyLocation: string;
  companySize: string;
};

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** `column` in the values, where "unknown" also takes the rows with none. */
function oneOf(column: SQL, values: readonly string[]): SQL | undefined {
  if (values.length === 0) return undefined;
  const known = values.filter((v) => v !== UNKNOWN);
  const parts = [known.length > 0 && sql`${column} in (${list(known)})`, values.includes(UNKNOWN) && sql`${column} is null`].filter((p): p is SQL => Boolean(p));
  return sql`(${sql.join(parts, sql` or `)})`;
}

// Driven by the frameworks' index (framework, relation, survey_response_id): the few respondents who
// named a framework are found first, not tested one by one among every respondent of the year.
function named(frameworks: readonly string[], relation: RespondentRelation): SQL | undefined {
  if (frameworks.length === 0) return undefined;
  if (relation !== "new") {
    return sql`r.id in (select f.survey_response_id from survey_response_frameworks f where f.framework in (${list(frameworks)}) and f.relation = ${relation})`;
  }
  return sql`r.id in (select w.survey_response_id from survey_response_frameworks w where w.framework in (${list(frameworks)}) and w.relation = 'wanted'
    and not exists (select 1 from survey_response_frameworks u where u.survey_response_id = w.survey_response_id and u.framework = w.framework and u.relation = 'used'))`;
}

function respondentWhere(filter: z.output<typeof respondentFilterSchema>): SQL {
  return allOf([
    filter.source && sql`r.source = ${filter.source}`,
    filter.year !== undefined && sql`r.year = ${filter.year}`,
    oneOf(sql`r.role`, filter.roles),
    filter.seniority && sql`r.seniority = ${filter.seniority}`,
    filter.region && oneOf(sql`r.region`, [filter.region]),
    filter.hasPay === true && sql`r.comp_yearly_usd > 0`,
    filter.hasPay === false && sql`coalesce(r.comp_yearly_usd, 0) <= 0`,
    named(filter.frameworks, filter.relation),
  ]);
}

function reportWhere(filter: z.output<typeof reportFilterSchema>): SQL {
  return allOf([
    filter.source && sql`s.source = ${filter.source}`,
    filter.year !== undefined && sql`s.work_year = ${filter.year}`,
    oneOf(sql`s.role`, filter.roles),
    filter.seniority && sql`s.seniority = ${filter.seniority}`,
    filter.region && oneOf(sql`s.region`, [filter.region]),
    filter.employment && sql`s.employment_type = ${filter.employment}`,
    filter.hasPay === true && sql`s.salary_usd > 0`,
    filter.hasPay === false && sql`s.salary_usd <= 0`,
  ]);
}

const offset = (page: number) => (page - 1) * SURVEY_ROWS_PAGE_SIZE;

/** Respondents matching the filter: the n of the figure the link came from. */
export function countRespondents(db: Db, raw: RespondentFilter): number {
  const filter = respondentFilterSchema.parse(raw);
  return db.get<{ n: number }>(sql`select count(*) as n from survey_responses r where ${respondentWhere(filter)}`)?.n ?? 0;
}

/** One page of respondents, oldest stored first, each with the frameworks they used and want. */
export function listRespondents(db: Db, raw: RespondentFilter): RespondentRow[] {
  const filter = respondentFilterSchema.parse(raw);
  const rows = db.all<Omit<RespondentRow, "used" | "wanted">>(sql`
    select r.id, r.source, r.year, r.source_id as sourceId, r.dev_type as devType, r.role, r.years_pro as yearsPro, r.seniority,
      r.country, r.country_name as countryName, r.region, r.comp_yearly_usd as compYearlyUsd
    from survey_responses r
    where ${respondentWhere(filter)}
    order by r.id
    limit ${SURVEY_ROWS_PAGE_SIZE} offset ${offset(filter.page)}`);
  if (rows.length === 0) return [];
  const answers = db.all<{ id: number; framework: SurveyFramework; relation: "used" | "wanted" }>(sql`
    select survey_response_id as id, framework, relation from survey_response_frameworks
    where survey_response_id in (${sql.join(rows.map((row) => sql`${row.id}`), sql`, `)})`);
  const order = (a: SurveyFramework, b: SurveyFramework) => SURVEY_FRAMEWORKS.indexOf(a) - SURVEY_FRAMEWORKS.indexOf(b);
  const of = (id: number, relation: "used" | "wanted") => answers.filter((a) => a.id === id && a.relation === relation).map((a) => a.framework).sort(order);
  return rows.map((row) => ({ ...row, used: of(row.id, "used"), wanted: of(row.id, "wanted") }));
}

/** Salary reports matching the filter. */
export function countSalaryReports(db: Db, raw: ReportFilter): number {
  const filter = reportFilterSchema.parse(raw);
  return db.get<{ n: number }>(sql`select count(*) as n from salary_reports s where ${reportWhere(filter)}`)?.n ?? 0;
}

/** One page of salary reports, oldest stored first. */
export function listSalaryReports(db: Db, raw: ReportFilter): ReportRow[] {
  const filter = reportFilterSchema.parse(raw);
  return db.all<ReportRow>(sql`
    select s.id, s.source, s.work_year as workYear, s.job_title as jobTitle, s.role, s.experience_level as experienceLevel, s.seniority,
      s.employee_residence as employeeResidence, s.region, s.employment_type as employmentType, s.salary, s.salary_currency as salaryCurrency,
      s.salary_usd as salaryUsd, s.remote_ratio as remoteRatio, s.company_location as companyLocation, s.company_size as companySize
    from salary_reports s
    where ${reportWhere(filter)}
    order by s.id
    limit ${SURVEY_ROWS_PAGE_SIZE} offset ${offset(filter.page)}`);
}
