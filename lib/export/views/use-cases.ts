import "server-only";
import { parseUseCasesParams, useCasesParamsSchema } from "@/app/use-cases/search-params";
import { getJobSourceMix } from "@/db/queries/exports";
import { getFrameworkTotals, getUseCaseFrameworkCells, getUseCaseTotals, type UseCaseFilter } from "@/db/queries/use-cases";
import type { Db } from "@/db/client";
import { strictPageParams } from "@/lib/api/search-params";
import { FRAMEWORKS, USE_CASES, type Framework, type UseCase } from "@/lib/taxonomy";
import { sourcesOfFilter } from "@/lib/trends/source-groups";
import { defineView, ready } from "../view";

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

export const useCasesView = defineView<UseCaseFilter, UseCaseExportRow>({
  name: "use-cases",
  title: "distinct jobs per use case and framework; shares of the use case's framework-naming jobs and of the framework's use-case-labelled jobs",
  parse: (raw) => ready(strictPageParams(useCasesParamsSchema, raw, parseUseCasesParams)),
  columns: [
    { key: "useCase", header: "use_case" },
    { key: "framework", header: "framework" },
    { key: "jobs", header: "jobs" },
    { key: "useCaseJobs", header: "use_case_jobs" },
    { key: "useCaseWithFramework", header: "use_case_jobs_naming_a_framework" },
    { key: "shareOfUseCase", header: "share_of_use_case" },
    { key: "frameworkJobs", header: "framework_jobs" },
    { key: "frameworkWithUseCase", header: "framework_jobs_naming_a_use_case" },
    { key: "shareOfFramework", header: "share_of_framework" },
  ],
  filters: (filter) => ({ source: filter.source, from: filter.from, to: filter.to }),
  sourceMix: (db, filter) =>
    getJobSourceMix(db, { sources: filter.source ? sourcesOfFilter(filter.source) : undefined, from: filter.from, to: filter.to }).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs" })),
  open: (db, filter) => ({ rows: tableOfUseCases(db, filter)[Symbol.iterator]() }),
});
