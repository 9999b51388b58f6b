// Every number on the dashboard links to the postings behind it: these build those links, with
// the explorer's parameter names in one place and in one order, so equal filters give equal URLs.
// Pages render them as <Link prefetch={false}>: a table of drill-downs must not prefetch (render) each target.

export const POSTING_PARAMS = [
  "q",
  "framework",
  "use_case",
  "role",
  "seniority",
  "remote",
  "country",
  "source",
  "company",
  "company_match",
  "salary_min",
  "salary_max",
  "from",
  "to",
  "status",
  "matches",
  "sort",
  "page",
] as const;
export type PostingParam = (typeof POSTING_PARAMS)[number];
export type PostingsLink = Partial<Record<PostingParam, string | number | null | undefined>>;

/** `/postings?…` for a filter; empty values are left out. */
export function postingsHref(link: PostingsLink): string {
  return withParams("/postings", POSTING_PARAMS.map((name) => [name, link[name]]));
}

/**
 * The explorer's postings of one company exactly as a count by company names it. A name the explorer
 * cannot take verbatim (over 100 characters, or with surrounding spaces its filter trims) falls back
 * to a part of it, which can match more.
 */
export function companyPostingsHref(link: PostingsLink & { company: string }): string {
  const verbatim = link.company === link.company.trim() && link.company.length <= 100;
  return postingsHref({ ...link, company: verbatim ? link.company : link.company.trim().slice(0, 100), company_match: verbatim ? "exact" : undefined });
}

export function postingHref(id: number): string {
  return `/postings/${id}`;
}

/** `path?name=value…` in the order given, skipping empty values. */
export function withParams(path: string, params: ReadonlyArray<readonly [string, string | number | null | undefined]>): string {
  const query = new URLSearchParams();
  for (const [name, value] of params) {
    if (value === undefined || value === null || value === "") continue;
    query.append(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// The survey rows explorer (/surveys): the respondents or salary reports behind a survey figure.
export const SURVEY_PARAMS = ["dataset", "source", "year", "framework", "relation", "role", "seniority", "region", "employment", "has_pay", "page"] as const;
export type SurveyParam = (typeof SURVEY_PARAMS)[number];
/** A list (frameworks, roles) selects rows with any of its values. */
export type SurveysLink = Partial<Record<SurveyParam, string | number | readonly string[] | null | undefined>>;

/** `/surveys?…` for a filter; empty values and empty lists are left out. */
export function surveysHref(link: SurveysLink): string {
  return withParams(
    "/surveys",
    SURVEY_PARAMS.map((name) => {
      const value = link[name];
      return [name, typeof value === "object" && value !== null ? value.join(",") : value];
    }),
  );
}

/** A market cell's value as a filter: "all" is no filter of its own; "unknown" selects the rows that have none. */
export function cellFilter<T extends string>(value: T | undefined): Exclude<T, "all"> | undefined {
  return value === "all" ? undefined : (value as Exclude<T, "all"> | undefined);
}

type CellOrList = string | readonly string[] | undefined;
const filterOf = (value: CellOrList) => (typeof value === "string" ? cellFilter(value) : value);

/** A supply or survey-pay figure's scope: a cell of one survey year and, for a count of users, the frameworks named. */
export type RespondentsScope = {
  year: number;
  role?: CellOrList;
  seniority?: string;
  region?: string;
  framework?: string | readonly string[];
  relation?: "used" | "wanted" | "new";
  /** Only respondents who stated pay above 0 (the survey pay bands). */
  hasPay?: boolean;
};

/** The Stack Overflow respondents behind a figure. */
export function respondentsHref(scope: RespondentsScope): string {
  return surveysHref({
    source: SO_SURVEY,
    year: scope.year,
    framework: scope.framework,
    relation: scope.framework ? (scope.relation ?? "used") : undefined,
    role: filterOf(scope.role),
    seniority: cellFilter(scope.seniority),
    region: cellFilter(scope.region),
    has_pay: scope.hasPay ? "yes" : undefined,
  });
}

/** The ai-jobs.net reports behind a salary-survey band: full-time, pay above 0, as the bands count them. */
export function salaryReportsHref(scope: { year: number; role?: string; seniority?: string; region?: string }): string {
  return surveysHref({ dataset: "salary-reports", year: scope.year, role: cellFilter(scope.role), seniority: cellFilter(scope.seniority), region: cellFilter(scope.region), employment: "full_time", has_pay: "yes" });
}

const SO_SURVEY = "so-survey";
