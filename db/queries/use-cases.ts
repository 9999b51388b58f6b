import "server-only";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { FRAMEWORKS, USE_CASES, type Framework, type UseCase } from "@/lib/taxonomy";
import { SOURCE_FILTERS, sourcesOfFilter } from "@/lib/trends/source-groups";
import type { Db } from "../client";
import { ANY_LABEL, SOME_LABEL, countJobCells, type JobCellDim } from "./job-cells";

export const useCaseFilterSchema = z.object({
  /** One posting source, or "boards" (all but Hacker News); absent → every source. */
  source: z.enum(SOURCE_FILTERS).optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type UseCaseFilter = z.infer<typeof useCaseFilterSchema>;

/** Distinct jobs labelled with the use case that mention the framework. */
export type UseCaseFrameworkCell = { useCase: UseCase; framework: Framework; jobs: number };
/** Distinct jobs labelled with the use case, and those of them mentioning any framework. */
export type UseCaseTotal = { useCase: UseCase; jobs: number; withFramework: number };
/** Distinct jobs mentioning the framework, and those of them labelled with any use case. */
export type FrameworkTotal = { framework: Framework; jobs: number; withUseCase: number };

// Every figure is distinct jobs (duplicate groups) read from the cells of job-cells.ts: a cell
// (framework, use case) counts the jobs with a posting carrying both; '+' is "any of that kind".
function cells(db: Db, filter: UseCaseFilter, by: JobCellDim[], frameworks: readonly string[], useCases: readonly string[]) {
  const sources = filter.source ? sourcesOfFilter(filter.source) : undefined;
  return countJobCells(db, { sources, from: filter.from, to: filter.to, by, frameworks, useCases });
}

export function getUseCaseFrameworkCells(db: Db, filter: UseCaseFilter): UseCaseFrameworkCell[] {
  return cells(db, filter, ["useCase", "framework"], FRAMEWORKS, USE_CASES).map((row) => ({
    useCase: row.useCase as UseCase,
    framework: row.framework as Framework,
    jobs: row.jobs,
  }));
}

export function getUseCaseTotals(db: Db, filter: UseCaseFilter): UseCaseTotal[] {
  const rows = cells(db, filter, ["useCase", "framework"], [ANY_LABEL, SOME_LABEL], USE_CASES);
  return rows
    .filter((row) => row.framework === ANY_LABEL)
    .map((row) => ({
      useCase: row.useCase as UseCase,
      jobs: row.jobs,
      withFramework: rows.find((other) => other.useCase === row.useCase && other.framework === SOME_LABEL)?.jobs ?? 0,
    }));
}

export function getFrameworkTotals(db: Db, filter: UseCaseFilter): FrameworkTotal[] {
  const rows = cells(db, filter, ["framework", "useCase"], FRAMEWORKS, [ANY_LABEL, SOME_LABEL]);
  return rows
    .filter((row) => row.useCase === ANY_LABEL)
    .map((row) => ({
      framework: row.framework as Framework,
      jobs: row.jobs,
      withUseCase: rows.find((other) => other.framework === row.framework && other.useCase === SOME_LABEL)?.jobs ?? 0,
    }));
}

export type UseCaseCoverage = { jobs: number; withUseCase: number; withFramework: number; withBoth: number };

/** Distinct jobs in scope, and how many carry a use case, a framework, or both. */
export function getUseCaseCoverage(db: Db, filter: UseCaseFilter): UseCaseCoverage {
  const rows = cells(db, filter, ["framework", "useCase"], [ANY_LABEL, SOME_LABEL], [ANY_LABEL, SOME_LABEL]);
  const jobs = (framework: string, useCase: string) => rows.find((row) => row.framework === framework && row.useCase === useCase)?.jobs ?? 0;
  return { jobs: jobs(ANY_LABEL, ANY_LABEL), withUseCase: jobs(ANY_LABEL, SOME_LABEL), withFramework: jobs(SOME_LABEL, ANY_LABEL), withBoth: jobs(SOME_LABEL, SOME_LABEL) };
}
