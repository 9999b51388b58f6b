import "server-only";
import { z } from "zod";
import { parsePostingsParams, postingsParamsSchema } from "@/app/postings/search-params";
import type { Db } from "@/db/client";
import { getPostingSourceMix } from "@/db/queries/exports";
import { getPostingCountsByCompany } from "@/db/queries/posting-counts";
import { countPostings, listPostings, PAGE_SIZE, type PostingListRow } from "@/db/queries/postings";
import { SEARCH_LIMIT } from "@/lib/search/fts-query";
import { exportMeta, type ExportMeta } from "@/lib/export/meta";
import type { Row } from "@/lib/export/streams";
import { drain, EXPORT_VIEWS, type ExportViewName } from "@/lib/export/view";
import { exportView, isExportView } from "@/lib/export/views";
import { METHODOLOGY_VERSION } from "@/lib/methodology";
import { POSTING_SOURCES } from "@/lib/sources";
import { NotFoundError } from "./errors";
import { parseParams, rawParams, strictPageParams } from "./search-params";

export type ApiAnswer<T> = { meta: ExportMeta; data: T };

// Each answer reads through the connection it is given; the routes give it one snapshot (readDb).

/** An aggregate view whole, as `{ meta, data }`: the same header and rows as its export. */
export function viewAnswer(db: Db, view: Exclude<ExportViewName, "postings">, search: URLSearchParams, now = new Date()): ApiAnswer<Row[]> {
  const prepared = exportView(view).bind(rawParams(search)).run(db, now);
  try {
    return { meta: prepared.meta, data: drain(prepared.source.rows) };
  } finally {
    prepared.source.close?.();
  }
}

/**
 * One page of the explorer (its parameters, its page size); every page at once is /export/postings.
 * `complete` false: more than `postings` match a search, which stopped counting there (`matches=all` counts every one).
 */
export function postingsAnswer(db: Db, search: URLSearchParams, now = new Date(), searchLimit = SEARCH_LIMIT) {
  const filter = strictPageParams(postingsParamsSchema, rawParams(search), parsePostingsParams);
  const total = countPostings(db, filter, searchLimit);
  const data: PostingListRow[] = listPostings(db, filter, searchLimit);
  const meta = exportMeta({
    view: "postings",
    title: `page ${filter.page} of the postings matching the explorer's filters (${PAGE_SIZE} a page)`,
    filters: { ...filter },
    sourceMix: getPostingSourceMix(db, filter).map((s) => ({ source: s.source, count: s.postings, unit: "postings" })),
    now,
  });
  const pages = Math.ceil(total.postings / PAGE_SIZE);
  return { meta, page: { page: filter.page, pageSize: PAGE_SIZE, postings: total.postings, jobs: total.jobs, complete: !total.capped, pages }, data };
}

const companiesSchema = z.strictObject({ source: z.enum(POSTING_SOURCES).optional() });

/** Postings stored per source and company, open and closed. */
export function companiesAnswer(db: Db, search: URLSearchParams, now = new Date()) {
  const { source } = parseParams(companiesSchema, rawParams(search));
  const data = getPostingCountsByCompany(db, source ? [source] : POSTING_SOURCES);
  const totals = new Map<string, number>();
  for (const row of data) totals.set(row.source, (totals.get(row.source) ?? 0) + row.open + row.closed);
  const meta = exportMeta({
    view: "companies",
    title: "postings stored per source and company; open and closed",
    filters: { source },
    sourceMix: [...totals].map(([name, count]) => ({ source: name, count, unit: "postings" })),
    now,
  });
  return { meta, data };
}

export const API_ENDPOINTS = [
  { path: "/api/v1/overview", params: "from, to", what: "the overview's tiles and the Hacker News share, by chart" },
  { path: "/api/v1/trends", params: "from, to, country (as /trends)", what: "every chart of /trends by name: monthly share with intervals and moving average, annotations, papers, Indeed AI share, survey use" },
  { path: "/api/v1/talent", params: "year, framework, role, seniority, region, from, to", what: "demand against supply per framework, overall and by role and region" },
  { path: "/api/v1/salaries", params: "origin, framework, role, seniority, region, year, split", what: "pay bands per origin and framework" },
  { path: "/api/v1/use-cases", params: "source, from, to", what: "jobs per use case and framework" },
  { path: "/api/v1/postings", params: "q, framework, use_case, role, seniority, remote, country, source, company, company_match (contains | exact), salary_min, salary_max, from, to, status, matches (limited | all), sort, page", what: `one page (${PAGE_SIZE}) of the postings explorer; a search counts up to PULSE_SEARCH_LIMIT (${SEARCH_LIMIT.toLocaleString("en-US")}) matches and ranks that many of the most recently collected, unless matches=all (page.complete says whether the count is whole)` },
  { path: "/api/v1/companies", params: "source", what: "postings stored per source and company, open and closed" },
] as const;

export function indexAnswer() {
  return {
    methodologyVersion: METHODOLOGY_VERSION,
    endpoints: API_ENDPOINTS,
    exports: EXPORT_VIEWS.map((view) => ({ view, csv: `/export/${view}.csv`, json: `/export/${view}.json` })),
    errors: "{ error: { code, message, issues? } }: 400 invalid_parameters, 404 not_found",
  };
}

/** `/api/v1/<name>` for a name the catch-all received: an aggregate view, or a 404. */
export function namedAnswer(db: Db, path: string[], search: URLSearchParams): unknown {
  const name = path.join("/");
  if (isExportView(name) && name !== "postings") return viewAnswer(db, name, search);
  throw new NotFoundError(`no endpoint /api/v1/${name}; GET /api/v1 lists them`);
}
