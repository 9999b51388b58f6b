import { ExportLinks } from "@/app/components/export-links";
import { Card } from "@tremor/react";
import Link from "next/link";
import { countPostings, listPostings, MAX_PAGE, PAGE_SIZE } from "@/db/queries/postings";
import { getPostingFilterOptions } from "@/db/queries/posting-detail";
import { getDb, searchLimit } from "@/db/server-db";
import { postingsHref } from "@/lib/ui/drilldown";
import { formatCount } from "@/lib/ui/format";
import { FilterForm } from "../components/filter-form";
import { ParamProblems } from "../components/param-problems";
import { postingFilterFields } from "./filter-fields";
import { ResultsTable } from "./results-table";
import { parsePostingsParams, postingsLink } from "./search-params";

export const dynamic = "force-dynamic";

export default async function PostingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const rawParams = await searchParams;
  const { values: filter, problems } = parsePostingsParams(rawParams);
  const db = getDb();
  const limit = searchLimit();
  const [total, rows, options] = await Promise.all([countPostings(db, filter, limit), listPostings(db, filter, limit), getPostingFilterOptions(db)]);
  const pages = Math.min(MAX_PAGE, Math.ceil(total.postings / PAGE_SIZE));
  const first = (filter.page - 1) * PAGE_SIZE + 1;
  const showing = rows.length > 0 ? `; showing ${formatCount(first)}–${formatCount(first + rows.length - 1)}` : "";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Postings explorer</h1>
        <ExportLinks view="postings" params={rawParams} />
        <p className="mt-1 text-sm">
          Every stored posting, filtered in the database. Salaries are the posted base range as annual US dollars at the shipped exchange rates; a
          posting without a posted salary drops out when a salary filter is set.
        </p>
      </div>
      <ParamProblems problems={problems} />
      <FilterForm action="/postings" legend="Filter postings" fields={postingFilterFields(filter, options)} testId="posting-filters" />
      <p className="text-sm" aria-live="polite" data-testid="match-count">
        {total.capped ? (
          <>
            <strong data-testid="match-postings">More than {formatCount(total.postings)}</strong> postings match: a search stops counting at{" "}
            {formatCount(total.postings)} so that a broad one answers quickly (
            <Link prefetch={false} href={postingsHref(postingsLink(filter, { matches: "all", page: undefined }))} className="underline" data-testid="all-matches">
              count and rank every match
            </Link>
            ){showing}
            {filter.sort === "relevance" ? `, the best matches among the ${formatCount(total.postings)} most recently collected` : ""}.
          </>
        ) : (
          <>
            <strong data-testid="match-postings">{formatCount(total.postings)}</strong> postings match (
            <span data-testid="match-jobs">{formatCount(total.jobs)}</span> distinct jobs once duplicates are grouped){showing}.
          </>
        )}
      </p>
      {rows.length === 0 ? (
        <Card className="card">
          <p data-testid="no-results">{total.postings === 0 ? "No posting matches these filters." : "This page is past the last result."}</p>
        </Card>
      ) : (
        <Card className="card">
          <ResultsTable filter={filter} rows={rows} />
        </Card>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages of results" className="flex items-center gap-4 text-sm print:hidden">
          {filter.page > 1 ? (
            <Link prefetch={false} href={postingsHref(postingsLink(filter, { page: filter.page - 1 === 1 ? undefined : filter.page - 1 }))} rel="prev" className="underline">
              ← Previous
            </Link>
          ) : null}
          <span data-testid="page-of">
            Page {filter.page} of {pages}
          </span>
          {filter.page < pages ? (
            <Link prefetch={false} href={postingsHref(postingsLink(filter, { page: filter.page + 1 }))} rel="next" className="underline">
              Next →
            </Link>
          ) : null}
          {Math.ceil(total.postings / PAGE_SIZE) > MAX_PAGE ? <span>Results stop after page {MAX_PAGE}: narrow the filters to see the rest.</span> : null}
        </nav>
      ) : null}
    </div>
  );
}
