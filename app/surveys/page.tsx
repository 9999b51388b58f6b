import { Card } from "@tremor/react";
import Link from "next/link";
import { listSalarySurveyYears } from "@/db/queries/salaries";
import { listSurveyYears } from "@/db/queries/supply";
import { countRespondents, countSalaryReports, listRespondents, listSalaryReports, SURVEY_ROWS_MAX_PAGE, SURVEY_ROWS_PAGE_SIZE } from "@/db/queries/survey-rows";
import { readDb } from "@/db/server-db";
import { surveyCaveat } from "@/lib/caveats";
import { surveysHref } from "@/lib/ui/drilldown";
import { formatCount, formatShare } from "@/lib/ui/format";
import type { RawSearchParams } from "@/lib/ui/search-params";
import { FilterForm } from "../components/filter-form";
import { ParamProblems } from "../components/param-problems";
import { surveyFilterFields } from "./filter-fields";
import { ReportsTable } from "./reports-table";
import { RespondentsTable } from "./respondents-table";
import { parseSurveysParams, surveysLink } from "./search-params";

export const dynamic = "force-dynamic";

const DATASETS = {
  respondents: { label: "Stack Overflow respondents", unit: "respondents", source: "so-survey", back: { href: "/talent", label: "Talent" } },
  "salary-reports": { label: "ai-jobs.net salary reports", unit: "salary reports", source: "aijobs-salaries", back: { href: "/salaries", label: "Salaries" } },
} as const;

export default async function SurveysPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { params, query, problems } = parseSurveysParams(await searchParams);
  // One read snapshot: the count, the page of rows and the base of a share agree.
  const { total, base, respondents, reports, years } = await readDb((db) =>
    query.dataset === "respondents"
      ? {
          total: countRespondents(db, query.filter),
          // Without the framework filter: the denominator of a share whose numerator the link selected.
          base: query.filter.frameworks?.length ? countRespondents(db, { ...query.filter, frameworks: [] }) : null,
          respondents: listRespondents(db, query.filter),
          reports: [],
          years: listSurveyYears(db),
        }
      : { total: countSalaryReports(db, query.filter), base: null, respondents: [], reports: listSalaryReports(db, query.filter), years: listSalarySurveyYears(db) },
  );
  const dataset = DATASETS[params.dataset];
  const shown = respondents.length + reports.length;
  const first = (params.page - 1) * SURVEY_ROWS_PAGE_SIZE + 1;
  const pages = Math.min(SURVEY_ROWS_MAX_PAGE, Math.ceil(total / SURVEY_ROWS_PAGE_SIZE));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Survey rows: the answers behind the survey figures</h1>
        <p className="mt-1 text-sm">
          Every survey number on the dashboard links here with the filters that produce it, so the count below is that number. Each row shows
          the answer as given and, underneath, what we mapped it to.{" "}
          <Link prefetch={false} href={dataset.back.href} className="underline" data-testid="back-link">
            ← Back to {dataset.back.label}
          </Link>
        </p>
        <nav aria-label="Dataset" className="mt-2 flex gap-4 text-sm">
          {(Object.keys(DATASETS) as Array<keyof typeof DATASETS>).map((key) =>
            key === params.dataset ? (
              <strong key={key} aria-current="page">
                {DATASETS[key].label}
              </strong>
            ) : (
              <Link key={key} prefetch={false} href={surveysHref({ dataset: key === "respondents" ? undefined : key })} className="underline">
                {DATASETS[key].label}
              </Link>
            ),
          )}
        </nav>
      </div>
      <ParamProblems problems={problems} />
      <FilterForm action="/surveys" legend={`Filter the ${dataset.unit}`} fields={surveyFilterFields(params, years)} testId="survey-filters" />
      <p className="text-sm" aria-live="polite" data-testid="match-count">
        <strong data-testid="match-total">{formatCount(total)}</strong> {dataset.unit} match
        {base !== null ? (
          <>
            {" "}
            (
            <span data-testid="match-share">{base ? formatShare(total / base) : "–"}</span> of{" "}
            <Link prefetch={false} href={surveysHref(surveysLink(params, { framework: undefined, relation: undefined, page: undefined }))} className="underline" data-testid="match-base">
              {formatCount(base)}
            </Link>{" "}
            without the framework filter)
          </>
        ) : null}
        {shown > 0 ? `; showing ${formatCount(first)}–${formatCount(first + shown - 1)}` : ""}.
      </p>
      <p className="text-xs text-tremor-content-subtle" data-testid="survey-caveat">
        {surveyCaveat([dataset.source])}
      </p>
      {shown === 0 ? (
        <Card className="card">
          <p data-testid="no-results">{total === 0 ? "No row matches these filters." : "This page is past the last row."}</p>
        </Card>
      ) : (
        <Card className="card">{query.dataset === "respondents" ? <RespondentsTable rows={respondents} /> : <ReportsTable rows={reports} />}</Card>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages of rows" className="flex items-center gap-4 text-sm">
          {params.page > 1 ? (
            <Link prefetch={false} href={surveysHref(surveysLink(params, { page: params.page - 1 === 1 ? undefined : params.page - 1 }))} rel="prev" className="underline">
              ← Previous
            </Link>
          ) : null}
          <span data-testid="page-of">
            Page {params.page} of {pages}
          </span>
          {params.page < pages ? (
            <Link prefetch={false} href={surveysHref(surveysLink(params, { page: params.page + 1 }))} rel="next" className="underline">
              Next →
            </Link>
          ) : null}
          {Math.ceil(total / SURVEY_ROWS_PAGE_SIZE) > SURVEY_ROWS_MAX_PAGE ? <span>Rows stop after page {SURVEY_ROWS_MAX_PAGE}: narrow the filters to see the rest.</span> : null}
        </nav>
      ) : null}
    </div>
  );
}
