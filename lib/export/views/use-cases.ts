import "server-only";
import { parseUseCasesParams, useCasesParamsSchema } from "@/app/use-cases/search-params";
import { getJobSourceMix } from "@/db/queries/exports";
import { getFrameworkTotals, getUseCaseCoverage, getUseCaseFrameworkCells, getUseCaseTotals, type UseCaseCoverage, type UseCaseFilter } from "@/db/queries/use-cases";
import type { Db } from "@/db/client";
import { strictPageParams } from "@/lib/api/search-params";
import { FRAMEWORKS, USE_CASES, type Framework, type UseCase } from "@/lib/taxonomy";
import { sourcesOfFilter } from "@/lib/trends/source-groups";
import type { ChartExport } from "../charts";
import { defineChartView, ready } from "../view";

export type UseCaseExportRow = {
  useCase: UseCase;
  framework: Framework;
  jobs: number;
  useCaseJobs: number;
  useCaseWithFramework: number;
  shareOfUseCase: number | null;
  frameworkJobs: number;
  frameworkWithUseCase: number;
  shareOfFramework: number | null;
};

const share = (n: number, of: number) => (of ? Number((n / of).toFixed(4)) : null);

/** Both tables of /use-cases in one: each use case × framework cell with the totals of its row and its column. */
export function tableOfUseCases(db: Db, filter: UseCaseFilter): UseCaseExportRow[] {
  const cells = getUseCaseFrameworkCells(db, filter);
  const useCases = getUseCaseTotals(db, filter);
  const frameworks = getFrameworkTotals(db, filter);
  return USE_CASES.flatMap((useCase) =>
    FRAMEWORKS.map((framework) => {
      const jobs = cells.find((c) => c.useCase === useCase && c.framework === framework)?.jobs ?? 0;
      const row = useCases.find((t) => t.useCase === useCase);
      const column = frameworks.find((t) => t.framework === framework);
      return {
        useCase,
        framework,
        jobs,
        useCaseJobs: row?.jobs ?? 0,
        useCaseWithFramework: row?.withFramework ?? 0,
        shareOfUseCase: share(jobs, row?.withFramework ?? 0),
        frameworkJobs: column?.jobs ?? 0,
        frameworkWithUseCase: column?.withUseCase ?? 0,
        shareOfFramework: share(jobs, column?.withUseCase ?? 0),
      };
    }),
  );
}

const ORIGIN = "job postings labelled by the taxonomy's use-case and framework rules";

/** The coverage line above the charts: of the jobs selected, how many name a use case, a framework, both. */
function coverageChart(coverage: UseCaseCoverage): ChartExport {
  return {
    chart: "coverage",
    title: "Distinct jobs in this selection, and how many name a use case, a framework, and both",
    n: coverage.jobs,
    nUnit: "distinct jobs",
    unit: "distinct jobs",
    origin: ORIGIN,
    surveys: [],
    columns: [
      { key: "withUseCase", header: "jobs_naming_a_use_case" },
      { key: "withFramework", header: "jobs_naming_a_framework" },
      { key: "withBoth", header: "jobs_naming_both" },
    ],
    rows: [{ withUseCase: coverage.withUseCase, withFramework: coverage.withFramework, withBoth: coverage.withBoth, n: coverage.jobs }],
  };
}

/** The framework split per use case (chart and table): n is the use case's framework-naming jobs, the share's base. */
function splitChart(table: readonly UseCaseExportRow[], coverage: UseCaseCoverage): ChartExport {
  return {
    chart: "split",
    title: "Framework split per use case (share of the use case's framework-naming jobs)",
    n: coverage.withBoth,
    nUnit: "distinct jobs naming the use case and a framework",
    unit: "jobs: distinct jobs in the use case naming the framework; share (0–1) of n; a job can name several frameworks",
    origin: ORIGIN,
    surveys: [],
    columns: [
      { key: "useCase", header: "use_case" },
      { key: "framework", header: "framework" },
      { key: "jobs", header: "jobs" },
      { key: "useCaseJobs", header: "use_case_jobs" },
      { key: "share", header: "share" },
    ],
    rows: table.map((row) => ({ useCase: row.useCase, framework: row.framework, jobs: row.jobs, useCaseJobs: row.useCaseJobs, share: row.shareOfUseCase, n: row.useCaseWithFramework })),
  };
}

/** The reverse (chart and table): use cases per framework; n is the framework's use-case-labelled jobs. */
function reverseChart(table: readonly UseCaseExportRow[], coverage: UseCaseCoverage): ChartExport {
  const rows = FRAMEWORKS.flatMap((framework) => table.filter((row) => row.framework === framework));
  return {
    chart: "reverse",
    title: "The reverse: use cases per framework (share of the framework's use-case-labelled jobs)",
    n: coverage.withBoth,
    nUnit: "distinct jobs naming the framework and a use case",
    unit: "jobs: distinct jobs naming the framework in the use case; share (0–1) of n; a job can name several use cases",
    origin: ORIGIN,
    surveys: [],
    columns: [
      { key: "framework", header: "framework" },
      { key: "useCase", header: "use_case" },
      { key: "jobs", header: "jobs" },
      { key: "frameworkJobs", header: "framework_jobs" },
      { key: "share", header: "share" },
    ],
    rows: rows.map((row) => ({ framework: row.framework, useCase: row.useCase, jobs: row.jobs, frameworkJobs: row.frameworkJobs, share: row.shareOfFramework, n: row.frameworkWithUseCase })),
  };
}

export const useCasesView = defineChartView<UseCaseFilter>({
  name: "use-cases",
  title: "every card of /use-cases: coverage; distinct jobs per use case and framework, as shares of the use case's and of the framework's jobs",
  parse: (raw) => ready(strictPageParams(useCasesParamsSchema, raw, parseUseCasesParams)),
  filters: (filter) => ({ source: filter.source, from: filter.from, to: filter.to }),
  charts: (db, filter) => {
    const coverage = getUseCaseCoverage(db, filter);
    const table = tableOfUseCases(db, filter);
    return [coverageChart(coverage), splitChart(table, coverage), reverseChart(table, coverage)];
  },
  sourceMix: (db, filter) =>
    getJobSourceMix(db, { sources: filter.source ? sourcesOfFilter(filter.source) : undefined, from: filter.from, to: filter.to }).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs" })),
});
