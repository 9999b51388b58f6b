import { z } from "zod";
import { senioritySchema, surveyYearSchema } from "@/db/queries/market-filter";
import {
  REGION_FILTERS,
  REPORT_SOURCES,
  RESPONDENT_RELATIONS,
  RESPONDENT_SOURCES,
  ROLE_FILTERS,
  SURVEY_DATASETS,
  SURVEY_ROWS_MAX_PAGE,
  type ReportFilter,
  type RespondentFilter,
} from "@/db/queries/survey-rows";
import { SURVEY_SOURCES } from "@/lib/caveats";
import { EMPLOYMENT_TYPES } from "@/lib/surveys/salary-fields";
import { FRAMEWORKS, type Role } from "@/lib/taxonomy";
import type { SurveysLink } from "@/lib/ui/drilldown";
import { parseSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

/** A comma-separated list of `values` (`role=research_scientist,research_engineer`), duplicates dropped. */
function listOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((text) => text.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1, "the list is empty"))
    .transform((list) => [...new Set(list)]);
}

// The URL's names (snake_case, as in lib/ui/drilldown.ts SURVEY_PARAMS), each read on its own.
export const surveysParamsSchema = z.object({
  dataset: z.enum(SURVEY_DATASETS).default("respondents"),
  source: z.enum(SURVEY_SOURCES).optional(),
  year: surveyYearSchema.optional(),
  framework: listOf(FRAMEWORKS).optional(),
  relation: z.enum(RESPONDENT_RELATIONS).optional(),
  role: listOf(ROLE_FILTERS).optional(),
  seniority: senioritySchema.optional(),
  region: z.enum(REGION_FILTERS).optional(),
  employment: z.enum(EMPLOYMENT_TYPES).optional(),
  has_pay: z.enum(["yes", "no"]).optional(),
  page: z.coerce
    .number("a page is a number")
    .int("a page is a whole number")
    .min(1)
    .max(SURVEY_ROWS_MAX_PAGE, `pages stop at ${SURVEY_ROWS_MAX_PAGE}: narrow the filters to see further`)
    .default(1),
});
export type SurveysParams = z.output<typeof surveysParamsSchema>;

export type SurveysQuery = { dataset: "respondents"; filter: RespondentFilter & { page: number } } | { dataset: "salary-reports"; filter: ReportFilter & { page: number } };

const hasPay = (value: SurveysParams["has_pay"]) => (value === undefined ? undefined : value === "yes");

/** The explorer's URL as one dataset's filter; what does not apply to that dataset is reported and dropped, never thrown. */
export function parseSurveysParams(raw: RawSearchParams): { params: SurveysParams; query: SurveysQuery; problems: string[] } {
  const { values, problems } = parseSearchParams(surveysParamsSchema, raw);
  const params = { ...values };
  const drop = (key: keyof SurveysParams, why: string) => {
    if (params[key] === undefined) return;
    problems.push(`Ignored ${key} = “${[params[key]].flat().join(",")}”: ${why}.`);
    params[key] = undefined as never;
  };
  const sources: readonly string[] = params.dataset === "respondents" ? RESPONDENT_SOURCES : REPORT_SOURCES;
  if (params.source && !sources.includes(params.source)) drop("source", `it is not a source of the ${params.dataset} dataset (${sources.join(", ")})`);

  if (params.dataset === "respondents") {
    drop("employment", "only the salary reports record an employment type");
    if (!params.framework) drop("relation", "a relation needs a framework filter");
    const query: SurveysQuery = {
      dataset: "respondents",
      filter: {
        source: params.source as RespondentFilter["source"],
        year: params.year,
        frameworks: params.framework ?? [],
        relation: params.relation ?? "used",
        roles: params.role ?? [],
        seniority: params.seniority,
        region: params.region,
        hasPay: hasPay(params.has_pay),
        page: params.page,
      },
    };
    return { params, query, problems };
  }
  drop("framework", "the salary survey does not ask about frameworks");
  drop("relation", "the salary survey does not ask about frameworks");
  const roles = params.role?.filter((role): role is Role => role !== "unknown");
  if (params.role && roles?.length !== params.role.length) drop("role", "every salary report has a role");
  const query: SurveysQuery = {
    dataset: "salary-reports",
    filter: {
      source: params.source as ReportFilter["source"],
      year: params.year,
      roles: params.role ? (roles ?? []) : [],
      seniority: params.seniority,
      region: params.region,
      employment: params.employment,
      hasPay: hasPay(params.has_pay),
      page: params.page,
    },
  };
  return { params, query, problems };
}

/** The parameters back as a link (pagination, dataset switch); defaults are left out. */
export function surveysLink(params: SurveysParams, changes: Partial<SurveysLink> = {}): SurveysLink {
  return {
    dataset: params.dataset === "respondents" ? undefined : params.dataset,
    source: params.source,
    year: params.year,
    framework: params.framework,
    relation: params.relation,
    role: params.role,
    seniority: params.seniority,
    region: params.region,
    employment: params.employment,
    has_pay: params.has_pay,
    page: params.page === 1 ? undefined : params.page,
    ...changes,
  };
}
