import "server-only";
import { parsePostingsParams, postingsParamsSchema } from "@/app/postings/search-params";
import { getPostingSourceMix, iteratePostings, type PostingExportRow } from "@/db/queries/exports";
import type { PostingFilter } from "@/db/queries/postings";
import { strictPageParams } from "@/lib/api/search-params";
import type { Column } from "../streams";
import { defineView, ready } from "../view";

const columns: Column<PostingExportRow>[] = [
  { key: "id", header: "id" },
  { key: "source", header: "source" },
  { key: "sourceId", header: "source_id" },
  { key: "company", header: "company" },
  { key: "title", header: "title" },
  { key: "location", header: "location" },
  { key: "countries", header: "countries" },
  { key: "month", header: "month" },
  { key: "postedAt", header: "posted_at" },
  { key: "closedAt", header: "closed_at" },
  { key: "seniority", header: "seniority" },
  { key: "remote", header: "remote" },
  { key: "frameworks", header: "frameworks" },
  { key: "roles", header: "roles" },
  { key: "useCases", header: "use_cases" },
  { key: "salaryMin", header: "salary_min" },
  { key: "salaryMax", header: "salary_max" },
  { key: "salaryCurrency", header: "salary_currency" },
  { key: "salaryPeriod", header: "salary_period" },
  { key: "salaryUsdMin", header: "salary_usd_min_per_year" },
  { key: "salaryUsdMax", header: "salary_usd_max_per_year" },
  { key: "url", header: "url" },
  { key: "applyUrl", header: "apply_url" },
  { key: "jobGroup", header: "job_group" },
];

// The filter as the explorer's URL names it; `page` is the explorer's, an export has every page.
const FILTER_PARAMS: Array<[string, keyof PostingFilter]> = [
  ["q", "q"], ["framework", "framework"], ["use_case", "useCase"], ["role", "role"], ["seniority", "seniority"], ["remote", "remote"],
  ["country", "country"], ["source", "source"], ["company", "company"], ["company_match", "companyMatch"], ["salary_min", "salaryMin"], ["salary_max", "salaryMax"],
  ["from", "from"], ["to", "to"], ["status", "status"], ["sort", "sort"],
];

export const postingsView = defineView<PostingFilter, PostingExportRow>({
  name: "postings",
  title: "postings matching the explorer's filters in its order; every page; one row per posting (job_group links duplicates)",
  parse: (raw) => ready(strictPageParams(postingsParamsSchema, raw, parsePostingsParams)),
  columns,
  // How the company is matched says nothing when no company is asked for.
  filters: (filter) => Object.fromEntries(FILTER_PARAMS.map(([param, key]) => [param, key === "companyMatch" && !filter.company ? undefined : filter[key]])),
  sourceMix: (db, filter) => getPostingSourceMix(db, filter).map((s) => ({ source: s.source, count: s.postings, unit: "postings" })),
  open: (db, filter) => ({ rows: iteratePostings(db, filter) }),
});
