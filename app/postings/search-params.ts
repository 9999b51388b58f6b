import { z } from "zod";
import { COMPANY_MATCHES, MATCH_SCOPES, MAX_PAGE, POSTING_SORTS, POSTING_STATUSES, postingFilterSchema, type PostingFilter } from "@/db/queries/postings";
import { monthSchema } from "@/lib/months";
import { FRAMEWORKS, REMOTE_MODES, ROLES, SENIORITIES, USE_CASES } from "@/lib/taxonomy";
import { SOURCE_FILTERS } from "@/lib/trends/source-groups";
import type { PostingsLink } from "@/lib/ui/drilldown";
import { checkMonthRange, parseSearchParams, type ParsedSearchParams, type RawSearchParams } from "@/lib/ui/search-params";

const usd = z.coerce.number("salary is a number of US dollars a year, e.g. 120000").int("salary is a whole number of dollars").min(0).max(10_000_000);

// The URL's names (snake_case, as in lib/ui/drilldown.ts), each read on its own.
export const postingsParamsSchema = z.object({
  q: z.string().max(200, "a search is at most 200 characters").optional(),
  framework: z.enum(FRAMEWORKS).optional(),
  use_case: z.enum(USE_CASES).optional(),
  role: z.enum(ROLES).optional(),
  seniority: z.enum(SENIORITIES).optional(),
  remote: z.enum(REMOTE_MODES).optional(),
  country: z.string().toUpperCase().regex(/^[A-Z]{2}$/, "a country is a two-letter ISO code such as DE").optional(),
  source: z.enum(SOURCE_FILTERS).optional(),
  company: z.string().max(100, "a company name is at most 100 characters").optional(),
  company_match: z.enum(COMPANY_MATCHES).default("contains"),
  salary_min: usd.optional(),
  salary_max: usd.optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  status: z.enum(POSTING_STATUSES).default("all"),
  matches: z.enum(MATCH_SCOPES).default("limited"),
  sort: z.enum(POSTING_SORTS).optional(),
  page: z.coerce.number("a page is a number").int().min(1).max(MAX_PAGE, `pages stop at ${MAX_PAGE}: narrow the filters to see further`).default(1),
});
type PostingsParams = z.infer<typeof postingsParamsSchema>;

/** The explorer's URL as the query's filter, with what could not be read reported, never thrown. */
export function parsePostingsParams(raw: RawSearchParams): ParsedSearchParams<PostingFilter> {
  const { values, problems } = checkSalaryRange(checkMonthRange(parseSearchParams(postingsParamsSchema, raw)));
  const filter = postingFilterSchema.parse({
    q: values.q,
    framework: values.framework,
    useCase: values.use_case,
    role: values.role,
    seniority: values.seniority,
    remote: values.remote,
    country: values.country,
    source: values.source,
    company: values.company,
    companyMatch: values.company_match,
    salaryMin: values.salary_min,
    salaryMax: values.salary_max,
    from: values.from,
    to: values.to,
    status: values.status,
    matches: values.matches,
    sort: values.sort ?? defaultSort({ q: values.q }),
    page: values.page,
  });
  return { values: filter, problems };
}

function checkSalaryRange(parsed: ParsedSearchParams<PostingsParams>): ParsedSearchParams<PostingsParams> {
  const { salary_min: min, salary_max: max } = parsed.values;
  if (min === undefined || max === undefined || min <= max) return parsed;
  return { values: { ...parsed.values, salary_min: undefined, salary_max: undefined }, problems: [...parsed.problems, `Ignored the salary range ${min}–${max}: the minimum is above the maximum.`] };
}

/** A search is ranked by relevance unless another order is asked for; without one, newest first. */
export function defaultSort(filter: { q?: string }): PostingFilter["sort"] {
  return filter.q ? "relevance" : "newest";
}

/** The filter back as URL parameters (for pagination and sort links); defaults are left out. */
export function postingsLink(filter: PostingFilter, changes: Partial<PostingsLink> = {}): PostingsLink {
  return {
    q: filter.q,
    framework: filter.framework,
    use_case: filter.useCase,
    role: filter.role,
    seniority: filter.seniority,
    remote: filter.remote,
    country: filter.country,
    source: filter.source,
    company: filter.company,
    company_match: filter.companyMatch === "contains" ? undefined : filter.companyMatch,
    salary_min: filter.salaryMin,
    salary_max: filter.salaryMax,
    from: filter.from,
    to: filter.to,
    status: filter.status === "all" ? undefined : filter.status,
    matches: filter.matches === "limited" ? undefined : filter.matches,
    sort: filter.sort === defaultSort(filter) ? undefined : filter.sort,
    page: filter.page === 1 ? undefined : filter.page,
    ...changes,
  };
}
