import "server-only";
import { and, countDistinct, eq, exists, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import type { Framework, UseCase } from "@/lib/taxonomy";
import { SOURCE_FILTERS, sourcesOfFilter } from "@/lib/trends/source-groups";
import type { Db } from "../client";
import { postingFrameworks, postingUseCases, postings } from "../schema";

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

const jobGroup = sql<number>`coalesce(${postings.groupId}, ${postings.id})`;

function scope(filter: UseCaseFilter): SQL | undefined {
  return and(
    filter.source ? inArray(postings.source, sourcesOfFilter(filter.source)) : undefined,
    filter.from ? gte(postings.month, filter.from) : undefined,
    filter.to ? lte(postings.month, filter.to) : undefined,
  );
}

export function getUseCaseFrameworkCells(db: Db, filter: UseCaseFilter): UseCaseFrameworkCell[] {
  return db
    .select({ useCase: postingUseCases.useCase, framework: postingFrameworks.framework, jobs: countDistinct(jobGroup) })
    .from(postingUseCases)
    .innerJoin(postings, eq(postings.id, postingUseCases.postingId))
    .innerJoin(postingFrameworks, eq(postingFrameworks.postingId, postings.id))
    .where(scope(filter))
    .groupBy(postingUseCases.useCase, postingFrameworks.framework)
    .all();
}

export function getUseCaseTotals(db: Db, filter: UseCaseFilter): UseCaseTotal[] {
  const anyFramework = exists(db.select({ one: sql`1` }).from(postingFrameworks).where(eq(postingFrameworks.postingId, postings.id)));
  return db
    .select({ useCase: postingUseCases.useCase, jobs: countDistinct(jobGroup), withFramework: sql<number>`count(distinct case when ${anyFramework} then ${jobGroup} end)` })
    .from(postingUseCases)
    .innerJoin(postings, eq(postings.id, postingUseCases.postingId))
    .where(scope(filter))
    .groupBy(postingUseCases.useCase)
    .all();
}

export function getFrameworkTotals(db: Db, filter: UseCaseFilter): FrameworkTotal[] {
  const anyUseCase = exists(db.select({ one: sql`1` }).from(postingUseCases).where(eq(postingUseCases.postingId, postings.id)));
  return db
    .select({ framework: postingFrameworks.framework, jobs: countDistinct(jobGroup), withUseCase: sql<number>`count(distinct case when ${anyUseCase} then ${jobGroup} end)` })
    .from(postingFrameworks)
    .innerJoin(postings, eq(postings.id, postingFrameworks.postingId))
    .where(scope(filter))
    .groupBy(postingFrameworks.framework)
    .all();
}

export type UseCaseCoverage = { jobs: number; withUseCase: number; withFramework: number; withBoth: number };

/** Distinct jobs in scope, and how many carry a use case, a framework, or both. */
export function getUseCaseCoverage(db: Db, filter: UseCaseFilter): UseCaseCoverage {
  const anyUseCase = exists(db.select({ one: sql`1` }).from(postingUseCases).where(eq(postingUseCases.postingId, postings.id)));
  const anyFramework = exists(db.select({ one: sql`1` }).from(postingFrameworks).where(eq(postingFrameworks.postingId, postings.id)));
  const distinctWhen = (condition: SQL) => sql<number>`count(distinct case when ${condition} then ${jobGroup} end)`;
  return (
    db
      .select({ jobs: countDistinct(jobGroup), withUseCase: distinctWhen(anyUseCase), withFramework: distinctWhen(anyFramework), withBoth: distinctWhen(sql`${anyUseCase} and ${anyFramework}`) })
      .from(postings)
      .where(scope(filter))
      .get() ?? { jobs: 0, withUseCase: 0, withFramework: 0, withBoth: 0 }
  );
}
