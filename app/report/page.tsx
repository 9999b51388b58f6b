import type { Metadata } from "next";
import Link from "next/link";
import { DEMAND_SUPPLY_INDEX_FORMULA, getDemandSupply } from "@/db/queries/demand-supply";
import { getTopHiringCompanies } from "@/db/queries/hiring-companies";
import { getRecommendationEvidence } from "@/db/queries/recommendation";
import { getJobSourceMix } from "@/db/queries/exports";
import { ANY_FRAMEWORK, getSalaryBands, MIN_BAND_N, SALARY_ORIGIN_NOTES, SALARY_ORIGINS } from "@/db/queries/salaries";
import { listSurveyYears } from "@/db/queries/supply";
import { readDb } from "@/db/server-db";
import { getGroupMonthlyFrameworkCounts } from "@/db/queries/trends";
import { SURVEY_CAVEAT, SURVEY_CAVEATS, SURVEY_SOURCES } from "@/lib/caveats";
import { describeSourceMix } from "@/lib/export/meta";
import { tableOfUseCases } from "@/lib/export/views/use-cases";
import { METHODOLOGY_VERSION } from "@/lib/methodology";
import { recommend } from "@/lib/recommend/decide";
import { situationSchema } from "@/lib/recommend/situation";
import { seriesSummary } from "@/lib/report/summary";
import { SOURCE_GROUP_LABELS } from "@/lib/trends/source-groups";
import { withParams } from "@/lib/ui/drilldown";
import { formatMonth, formatTimestamp } from "@/lib/ui/format";
import type { RawSearchParams } from "@/lib/ui/search-params";
import { ParamProblems } from "../components/param-problems";
import { buildReasons } from "../recommendations/reasons";
import { HiringSection } from "./hiring-section";
import { Card, NotAvailable, RecommendationCard, SalaryTable, Section, SummaryTable, TalentTable, TrendCard, UseCaseTable } from "./sections";
import { parseReportParams } from "./search-params";
import "./report.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trend report · Framework Pulse" };
const HIRING_FRAMEWORKS = ["pytorch", "tensorflow"] as const;

export default async function ReportPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const generatedAt = new Date().toISOString();
  // Every figure of the report from one snapshot of the database.
  const data = await readDb((db) => {
    const years = listSurveyYears(db);
    const { values: params, problems } = parseReportParams(raw, years);
    const year = params.year ?? years[0];
    const range = { from: params.from, to: params.to };
    const hnCounts = getGroupMonthlyFrameworkCounts(db, { group: "hn", ...range });
    const boardCounts = getGroupMonthlyFrameworkCounts(db, { group: "boards", ...range });
    // The report compares like with like: US-dollar bands of PyTorch, TensorFlow and any framework.
    const allBands = getSalaryBands(db, { year: params.year, ...range, by: [] });
    const evidence = getRecommendationEvidence(db, situationSchema.parse({}));
    const recommendation = recommend(evidence.input);
    return {
      params,
      problems,
      year,
      range,
      hnCounts,
      boardCounts,
      talent: year === undefined ? [] : getDemandSupply(db, { year, ...range, by: [] }),
      bands: allBands.filter((band) => band.currency === "USD" && (band.framework === ANY_FRAMEWORK || band.framework === "pytorch" || band.framework === "tensorflow")),
      otherCurrencies: [...new Set(allBands.filter((band) => band.currency !== "USD").map((band) => band.currency))].sort(),
      useCases: tableOfUseCases(db, range),
      hiring: HIRING_FRAMEWORKS.map((framework) => getTopHiringCompanies(db, { framework, ...range })),
      sourceMix: getJobSourceMix(db, range).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs" })),
      evidence,
      recommendation,
      reasons: buildReasons(evidence, recommendation),
    };
  });
  const { params, problems, year, range, hnCounts, boardCounts, talent, bands, otherCurrencies, useCases, hiring, sourceMix, evidence, recommendation, reasons } = data;
  const series = [
    { label: SOURCE_GROUP_LABELS.hn, summary: seriesSummary(hnCounts) },
    { label: SOURCE_GROUP_LABELS.boards, summary: seriesSummary(boardCounts) },
  ];
  const query = (extra: Record<string, string | number | undefined> = {}) => Object.entries({ ...range, ...extra }) as Array<[string, string | number | undefined]>;
  const filters = `postings ${range.from ? formatMonth(range.from) : "from the first month"} to ${range.to ? formatMonth(range.to) : "the last"}; survey year ${year ?? "none stored"}`;
  const reportQuery = query({ year: params.year });

  return (
    <article className="report" data-report-generated-at={generatedAt}>
      <header className="border-b border-tremor-border pb-3">
        <p className="text-sm text-tremor-content">Framework Pulse · trend report</p>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">TensorFlow and PyTorch in the hiring market</h1>
        <p className="mt-1 text-sm" data-testid="report-filters">
          Filters: {filters}. Generated {formatTimestamp(generatedAt)}. Methodology version {METHODOLOGY_VERSION}.
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm print:hidden">
          <a href={withParams("/report.pdf", reportQuery)} className="underline" data-testid="report-pdf-link">
            Download PDF
          </a>
          <a href={withParams("/export/trends.csv", query())} className="underline">
            Trends CSV
          </a>
          <Link href="/reports" className="underline">
            Weekly reports
          </Link>
        </p>
      </header>
      <ParamProblems problems={problems} />

      <Section id="summary" title="Summary" first>
        <SummaryTable series={series} />
        <p className="mt-2 text-sm">
          Shares of distinct jobs: within a month a job counts once however many sources or reposts carry it. Distinct jobs in the months selected,
          per source: {describeSourceMix(sourceMix)}.
        </p>
        <RecommendationCard
          recommendation={recommendation}
          reasons={reasons}
          window={evidence.windows ? `${formatMonth(evidence.windows.recent.from)}–${formatMonth(evidence.windows.recent.to)}` : null}
        />
      </Section>

      <Section id="trends" title="Trends">
        <TrendCard label={SOURCE_GROUP_LABELS.hn} counts={hnCounts} summary={series[0]!.summary} testId="report-trend-hn" />
        <TrendCard label={SOURCE_GROUP_LABELS.boards} counts={boardCounts} summary={series[1]!.summary} testId="report-trend-boards" />
      </Section>

      <Section id="talent" title="Talent and salary bands">
        <Card title={`Talent: demand against supply${year ? ` (survey ${year})` : ""}`} testId="report-talent">
          {talent.length ? <TalentTable rows={talent} /> : <NotAvailable what="no Stack Overflow survey year is stored, so supply cannot be set against demand." testId="talent-not-available" />}
          <p className="mt-2 text-xs text-tremor-content">{SURVEY_CAVEAT}</p>
        </Card>
        <Card title="Salary bands: yearly pay in US dollars, PyTorch and TensorFlow against any framework" testId="report-salaries">
          {bands.length ? <SalaryTable bands={bands} /> : <NotAvailable what="no pay figures in US dollars for this selection." testId="salaries-not-available" />}
          <p className="mt-2 text-xs text-tremor-content">
            Origins are never pooled; a band with fewer than {MIN_BAND_N} figures is not shown.
            {otherCurrencies.length ? ` Job ads in ${otherCurrencies.join(", ")} have bands of their own on the Salaries page and in its export.` : ""} Survey bands:{" "}
            {SURVEY_CAVEAT}
          </p>
        </Card>
      </Section>

      <HiringSection tables={hiring} range={range} />

      <Section id="use-cases" title="Use cases">
        <Card title="Share of each use case's framework-naming jobs that name the framework" testId="report-use-cases">
          {useCases.some((row) => row.useCaseWithFramework > 0) ? <UseCaseTable rows={useCases} /> : <NotAvailable what="no job in this selection names both a use case and a framework." testId="use-cases-not-available" />}
        </Card>
      </Section>

      <Section id="methodology" title="Methodology and caveats">
        <Card title={`Methodology version ${METHODOLOGY_VERSION}`} testId="report-methodology">
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            <li>A job is counted once however many sources or reposts carry it; a mention is the posting naming the framework as part of the job.</li>
            <li>Shares are mentions ÷ distinct jobs, with 95% Wilson intervals; moving averages pool the last 3 months with data.</li>
            <li>{DEMAND_SUPPLY_INDEX_FORMULA}</li>
            {SALARY_ORIGINS.map((origin) => (
              <li key={origin}>{SALARY_ORIGIN_NOTES[origin]}</li>
            ))}
          </ul>
        </Card>
        <Card title="Caveats" testId="report-caveats">
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {SURVEY_SOURCES.map((source) => (
              <li key={source}>{SURVEY_CAVEATS[source]}</li>
            ))}
            <li>Hacker News months whose thread is not stored are gaps, not zeros; job boards list open jobs only, so their early months are thin.</li>
          </ul>
        </Card>
        <Card title="Filters and generation" testId="report-generation">
          <p className="mt-2 text-sm">
            Filters: {filters}. Sources: {describeSourceMix(sourceMix)}. Generated {formatTimestamp(generatedAt)}.
          </p>
        </Card>
      </Section>
    </article>
  );
}
