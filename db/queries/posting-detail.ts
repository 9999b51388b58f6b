import "server-only";
import { and, asc, count, countDistinct, desc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { postingCountries, postingFrameworks, postingRoles, postingUseCases, postings, sources, type Posting } from "../schema";
import type { FrameworkMention } from "@/lib/extract/frameworks";
import type { Role, UseCase } from "@/lib/taxonomy";

export type GroupMember = { id: number; source: string; title: string; company: string | null; month: string; url: string; closedAt: string | null };

export type PostingDetail = {
  posting: Omit<Posting, "rawDocumentId" | "contentHash" | "extractHash" | "dedupUrlKey" | "dedupListingKey" | "descriptionFingerprint">;
  sourceLabel: string;
  frameworks: FrameworkMention[];
  roles: Role[];
  useCases: UseCase[];
  countries: string[];
  /** The other postings of its duplicate group (the same job on other sources, or reposted). */
  groupMembers: GroupMember[];
};

/** One posting with everything extracted from it; null when no posting has the id. */
export function getPostingDetail(db: Db, id: number): PostingDetail | null {
  const row = db.select().from(postings).where(eq(postings.id, id)).get();
  if (!row) return null;
  const { rawDocumentId: _raw, contentHash: _content, extractHash: _extract, dedupUrlKey: _url, dedupListingKey: _listing, descriptionFingerprint: _fingerprint, ...posting } = row;
  const label = db.select({ label: sources.label }).from(sources).where(eq(sources.name, row.source)).get()?.label;
  const group = row.groupId ?? row.id;
  return {
    posting,
    sourceLabel: label ?? row.source,
    frameworks: db
      .select({ framework: postingFrameworks.framework, context: postingFrameworks.context, snippet: postingFrameworks.snippet })
      .from(postingFrameworks)
      .where(eq(postingFrameworks.postingId, id))
      .orderBy(postingFrameworks.framework)
      .all(),
    roles: db.select({ role: postingRoles.role }).from(postingRoles).where(eq(postingRoles.postingId, id)).all().map((r) => r.role),
    useCases: db.select({ useCase: postingUseCases.useCase }).from(postingUseCases).where(eq(postingUseCases.postingId, id)).all().map((r) => r.useCase),
    countries: db.select({ country: postingCountries.country }).from(postingCountries).where(eq(postingCountries.postingId, id)).orderBy(postingCountries.country).all().map((r) => r.country),
    groupMembers: db
      .select({ id: postings.id, source: postings.source, title: postings.title, company: postings.company, month: postings.month, url: postings.url, closedAt: postings.closedAt })
      .from(postings)
      .where(and(eq(sql`coalesce(${postings.groupId}, ${postings.id})`, group), ne(postings.id, id)))
      .orderBy(asc(postings.postedAt), asc(postings.id))
      .all(),
  };
}

export type FilterOption = { value: string; label: string; n: number };
export type PostingFilterOptions = { sources: FilterOption[]; countries: FilterOption[]; companies: FilterOption[] };

/** What the explorer's controls can offer: sources, countries and the most frequent companies stored. */
export function getPostingFilterOptions(db: Db): PostingFilterOptions {
  const sourceRows = db
    .select({ value: postings.source, label: sql<string>`coalesce(${sources.label}, ${postings.source})`, n: count() })
    .from(postings)
    .leftJoin(sources, eq(sources.name, postings.source))
    .groupBy(postings.source)
    .orderBy(postings.source)
    .all();
  const countries = db
    .select({ value: postingCountries.country, n: countDistinct(postingCountries.postingId) })
    .from(postingCountries)
    .groupBy(postingCountries.country)
    .orderBy(postingCountries.country)
    .all()
    .map((row) => ({ ...row, label: row.value }));
  const companies = db
    .select({ value: sql<string>`${postings.company}`, n: count() })
    .from(postings)
    .where(sql`${postings.company} IS NOT NULL AND ${postings.company} != ''`)
    .groupBy(postings.company)
    .orderBy(desc(count()), postings.company)
    .limit(200)
    .all()
    .map((row) => ({ ...row, label: row.value }));
  return { sources: sourceRows, countries, companies };
}
