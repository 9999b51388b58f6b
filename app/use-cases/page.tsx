import { ExportLinks } from "@/app/components/export-links";
import Link from "next/link";
import { getPostingFilterOptions } from "@/db/queries/posting-detail";
import { getDb } from "@/db/server-db";
import { getFrameworkTotals, getUseCaseCoverage, getUseCaseFrameworkCells, getUseCaseTotals } from "@/db/queries/use-cases";
import { FRAMEWORKS, USE_CASES } from "@/lib/taxonomy";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS, SERIES_PALETTE } from "@/lib/ui/colors";
import { USE_CASE_LABELS } from "@/lib/ui/labels";
import { formatCount } from "@/lib/ui/format";
import { ChartCard } from "../components/chart-card";
import { FilterForm } from "../components/filter-form";
import { ParamProblems } from "../components/param-problems";
import { ShareBarChart } from "../components/share-bar-chart";
import { sourceOptions } from "../components/source-options";
import { parseUseCasesParams } from "./search-params";
import { FrameworkByUseCaseTable, UseCaseByFrameworkTable } from "./tables";

export const dynamic = "force-dynamic";

/** Below this many jobs a bar is noise: the row stays in the table, out of the chart. */
const MIN_CHART_JOBS = 5;

function partition<T>(items: readonly T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}

function ThinNote({ labels }: { labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <p className="mt-2 text-xs text-tremor-content">
      Left out of the chart, fewer than {MIN_CHART_JOBS} jobs to split (see the table): {labels.join(", ")}.
    </p>
  );
}

export default async function UseCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const rawParams = await searchParams;
  const { values: filter, problems } = parseUseCasesParams(rawParams);
  const db = getDb();
  const [cells, useCaseTotals, frameworkTotals, coverage, options] = await Promise.all([
    getUseCaseFrameworkCells(db, filter),
    getUseCaseTotals(db, filter),
    getFrameworkTotals(db, filter),
    getUseCaseCoverage(db, filter),
    getPostingFilterOptions(db),
  ]);
  const jobsOf = (useCase: string, framework: string) => cells.find((c) => c.useCase === useCase && c.framework === framework)?.jobs ?? 0;
  const [shownUseCases, thinUseCases] = partition(USE_CASES, (u) => (useCaseTotals.find((t) => t.useCase === u)?.withFramework ?? 0) >= MIN_CHART_JOBS);
  const splitChart = shownUseCases.map((useCase) => {
    const base = useCaseTotals.find((t) => t.useCase === useCase)?.withFramework ?? 1;
    return { useCase: USE_CASE_LABELS[useCase], ...Object.fromEntries(FRAMEWORKS.map((f) => [FRAMEWORK_LABELS[f], jobsOf(useCase, f) / base])) };
  });
  const [shownFrameworks, thinFrameworks] = partition(FRAMEWORKS, (f) => (frameworkTotals.find((t) => t.framework === f)?.withUseCase ?? 0) >= MIN_CHART_JOBS);
  const reverseChart = shownFrameworks.map((framework) => {
    const base = frameworkTotals.find((t) => t.framework === framework)?.withUseCase ?? 1;
    return { framework: FRAMEWORK_LABELS[framework], ...Object.fromEntries(USE_CASES.map((u) => [USE_CASE_LABELS[u], jobsOf(u, framework) / base])) };
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Use cases: which framework for which work</h1>
        <ExportLinks view="use-cases" params={rawParams} />
        <p className="mt-1 text-sm">
          Distinct jobs labelled with a use case (the job&rsquo;s own work, by the rules of the taxonomy) against the frameworks they name. A job
          can name several frameworks and several use cases, so shares in a row can add up to more than 100%. Every number opens the postings
          behind it.
        </p>
      </div>
      <ParamProblems problems={problems} />
      <FilterForm
        action="/use-cases"
        legend="Filter the use cases"
        testId="use-case-filters"
        fields={[
          { kind: "select", name: "source", label: "Source", value: filter.source, options: sourceOptions(options.sources), allLabel: "All sources" },
          { kind: "month", name: "from", label: "From month", value: filter.from, hint: "YYYY-MM" },
          { kind: "month", name: "to", label: "To month", value: filter.to, hint: "YYYY-MM" },
        ]}
      />
      <p className="text-sm" data-testid="coverage">
        Of <strong>{formatCount(coverage.jobs)}</strong> distinct jobs in this selection, {formatCount(coverage.withUseCase)} name a use case,{" "}
        {formatCount(coverage.withFramework)} a framework, and <strong data-testid="coverage-both">{formatCount(coverage.withBoth)}</strong> both.{" "}
        <Link prefetch={false} href="/methodology#taxonomy" className="underline">
          How use cases are labelled
        </Link>
      </p>
      <ChartCard title="Framework split per use case (share of the use case's framework-naming jobs)" n={coverage.withBoth} unit="distinct jobs naming a use case and a framework" testId="split-chart">
        <ShareBarChart label="Bar chart: framework split per use case. The counts are in the table below." data={splitChart} index="useCase" categories={FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f])} colors={FRAMEWORKS.map((f) => FRAMEWORK_COLORS[f])} />
        <ThinNote labels={thinUseCases.map((u) => USE_CASE_LABELS[u])} />
        <FrameworkByUseCaseTable filter={filter} totals={useCaseTotals} jobsOf={jobsOf} />
      </ChartCard>
      <ChartCard title="The reverse: use cases per framework (share of the framework's use-case-labelled jobs)" n={coverage.withBoth} unit="distinct jobs naming a use case and a framework" testId="reverse-table">
        <ShareBarChart label="Bar chart: use cases per framework. The counts are in the table below." data={reverseChart} index="framework" categories={USE_CASES.map((u) => USE_CASE_LABELS[u])} colors={USE_CASES.map((_, i) => SERIES_PALETTE[i] ?? "gray")} />
        <ThinNote labels={thinFrameworks.map((f) => FRAMEWORK_LABELS[f])} />
        <UseCaseByFrameworkTable filter={filter} totals={frameworkTotals} jobsOf={jobsOf} />
      </ChartCard>
    </div>
  );
}
