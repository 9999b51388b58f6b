import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { termGroupMask } from "@/lib/evidence/term-bits";
import { toFtsQuery } from "@/lib/search/fts-query";
import type { PostingSourceName } from "@/lib/sources";
import { USE_CASES } from "@/lib/taxonomy";
import { bitOfUseCase, bitsOf, frameworkBit, regionBit, roleBit } from "@/lib/money/pay-bits";
import type { Db } from "../client";
import { countMarketJobsWith } from "./market-cells";
import { allOf, monthSchema, postingSourceSchema, regionSchema, roleSchema } from "./market-filter";

// Distinct jobs naming PyTorch and TensorFlow within a scope: the counts behind every posting
// figure of /recommendations and /claims. A job is a duplicate group, as on every other page.

export const jobScopeSchema = z.object({
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  /** Only these posting sources; absent → every source. */
  sources: z.array(postingSourceSchema).optional(),
  /** Jobs labelled with any of these roles; empty → every role. */
  roles: z.array(roleSchema).default([]),
  /** Jobs labelled with any of these use cases; empty → every job. */
  useCases: z.array(z.enum(USE_CASES)).default([]),
  /** Jobs with a country in the region (lib/geo/regions.ts). */
  region: regionSchema.optional(),
  /** Jobs whose title, company or description match any term, each read as the explorer's search box reads it. */
  terms: z.array(z.string().trim().min(1).max(60)).max(12).default([]),
});
export type JobScope = z.input<typeof jobScopeSchema>;
export type MonthWindow = { from: string; to: string };

/** Sources whose stored months are a complete archive, not the listings open when we first read them. */
export const ARCHIVE_SOURCES: readonly PostingSourceName[] = ["hn"];

/** Distinct jobs in scope, those naming each framework, and those naming either. */
export type FrameworkJobCounts = { jobs: number; pytorch: number; tensorflow: number; either: number };

function scopeConditions(scope: z.output<typeof jobScopeSchema>): SQL {
  const terms = scope.terms.map(toFtsQuery).filter((q): q is string => q !== null);
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  return allOf([
    scope.from && sql`p.month >= ${scope.from}`,
    scope.to && sql`p.month <= ${scope.to}`,
    scope.sources && (scope.sources.length ? sql`p.source in (${list(scope.sources)})` : sql`0`),
    scope.roles.length > 0 && sql`exists (select 1 from posting_roles r where r.posting_id = p.id and r.role in (${list(scope.roles)}))`,
    scope.useCases.length > 0 && sql`exists (select 1 from posting_use_cases u where u.posting_id = p.id and u.use_case in (${list(scope.useCases)}))`,
    scope.region &&
      sql`exists (select 1 from posting_countries pc join country_regions cr on cr.country = upper(pc.country) where pc.posting_id = p.id and cr.region = ${scope.region})`,
    scope.terms.length > 0 && (terms.length ? sql`p.id in (select rowid from postings_fts where postings_fts match ${terms.map((q) => `(${q})`).join(" OR ")})` : sql`0`),
  ]);
}

const names = (framework: string) => sql`exists (select 1 from posting_frameworks f where f.posting_id = p.id and f.framework = ${framework})`;

export function getFrameworkJobCounts(db: Db, scope: JobScope): FrameworkJobCounts {
  const parsed = jobScopeSchema.parse(scope);
  if (!parsed.terms.length) return cellJobCounts(db, parsed);
  // The fixed term groups of /claims and /recommendations are stored per posting (term_bits); other terms are asked of FTS5.
  const termBits = termGroupMask(parsed.terms);
  if (termBits !== null) return cellJobCounts(db, parsed, termBits);
  const job = sql`coalesce(p.group_id, p.id)`;
  const row = db.get<FrameworkJobCounts>(sql`
    select count(distinct ${job}) as jobs,
      count(distinct case when ${names("pytorch")} then ${job} end) as pytorch,
      count(distinct case when ${names("tensorflow")} then ${job} end) as tensorflow,
      count(distinct case when ${names("pytorch")} or ${names("tensorflow")} then ${job} end) as either
    from postings p
    where ${scopeConditions(parsed)}`);
  return row ?? { jobs: 0, pytorch: 0, tensorflow: 0, either: 0 };
}

/** Without terms to match in the text, or with fixed term groups (their bits), every condition is a key of the job cells of migrations 0010–0011. */
function cellJobCounts(db: Db, scope: z.output<typeof jobScopeSchema>, termBits?: number): FrameworkJobCounts {
  const pytorch = frameworkBit("pytorch");
  const tensorflow = frameworkBit("tensorflow");
  return countMarketJobsWith(
    db,
    {
      sources: scope.sources,
      from: scope.from,
      to: scope.to,
      roleBits: bitsOf(scope.roles, roleBit),
      useCaseBits: bitsOf(scope.useCases, bitOfUseCase),
      regionBits: scope.region ? regionBit(scope.region) : undefined,
      termBits,
    },
    { pytorch, tensorflow, either: pytorch | tensorflow },
  );
}

/** Distinct jobs in scope matching each group of terms (e.g. a framework's on-device runtimes), and those matching any. */
export function getTermGroupJobCounts<K extends string>(db: Db, scope: JobScope, groups: Record<K, readonly string[]>): Record<K, number> & { any: number } {
  const keys = Object.keys(groups) as K[];
  const counts = Object.fromEntries(keys.map((key) => [key, getFrameworkJobCounts(db, { ...scope, terms: [...groups[key]] }).jobs])) as Record<K, number>;
  const any = getFrameworkJobCounts(db, { ...scope, terms: keys.flatMap((key) => [...groups[key]]) }).jobs;
  return { ...counts, any };
}

/** The latest month with postings (of the given sources), or null when none is stored. */
export function getLatestPostingMonth(db: Db, sources?: readonly string[]): string | null {
  const where = sources ? sql`where source in (${sql.join(sources.map((s) => sql`${s}`), sql`, `)})` : sql``;
  return db.get<{ month: string | null }>(sql`select max(month) as month from postings ${where}`)?.month ?? null;
}

/** The first and last months with postings of one source. */
export function getPostingMonthRange(db: Db, source: string): { first: string; last: string } | null {
  // Two subqueries, not min() and max() in one select: SQLite answers a lone min() or max() with one
  // step down the (source, month) index, but both together scan every posting of the source.
  const row = db.get<{ first: string | null; last: string | null }>(sql`
    select (select min(month) from postings where source = ${source}) as first, (select max(month) from postings where source = ${source}) as last`);
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/**
 * Sources whose postings can show a trend between two windows: postings in both, and either an
 * archive (Hacker News threads) or read since before the earlier window began. Before a job
 * board's first run we only see the jobs still open on that day, which would read as a trend.
 */
export function getTrendSources(db: Db, earlier: MonthWindow, later: MonthWindow): PostingSourceName[] {
  const inLater = new Set(getSourcesWithPostings(db, later));
  const firstRuns = new Map(
    db.all<{ source: string; month: string }>(sql`select source, substr(min(started_at), 1, 7) as month from scrape_runs group by source`).map((row) => [row.source, row.month]),
  );
  return getSourcesWithPostings(db, earlier).filter((source) => {
    const firstRun = firstRuns.get(source);
    return inLater.has(source) && (ARCHIVE_SOURCES.includes(source) || (firstRun !== undefined && firstRun <= earlier.from));
  });
}

/** Posting sources with at least one posting in [from, to]. */
export function getSourcesWithPostings(db: Db, range: MonthWindow): PostingSourceName[] {
  return db
    // The '*' cells of migration 0008 hold every posting once per month and source.
    .all<{ source: string }>(sql`
      select distinct source from posting_cells
      where framework = '*' and use_case = '*' and month >= ${range.from} and month <= ${range.to} and postings > 0
      order by source`)
    .flatMap((row) => {
      const parsed = postingSourceSchema.safeParse(row.source);
      return parsed.success ? [parsed.data] : [];
    });
}
