import "server-only";
import { and, asc, desc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { postingCompanyCounts, postingCountries, postingCountryCounts, postingFrameworks, postingRoles, postingUseCases, postings, sources, type Posting } from "../schema";
import type { FrameworkMention } from "@/lib/extract/frameworks";
import type { Role, UseCase } from "@/lib/taxonomy";

export type GroupMember = { id: number; source: string; title: string; company: string | null; month: string; url: string; closedAt: string | null };

/** The labels as bits, for the rollups: the detail lists the labels themselves. */
type LabelBitColumns = "frameworkBits" | "roleBits" | "regionBits" | "useCaseBits";

export type PostingDetail = {
  posting: Omit<Posting, "rawDocumentId" | "contentHash" | "extractHash" | "dedupUrlKey" | "dedupListingKey" | "descriptionFingerprint" | LabelBitColumns>;
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
  const { rawDocumentId: _raw, contentHash: _content, extractHash: _extract, dedupUrlKey: _url, dedupListingKey: _listing, descriptionFingerprint: _fingerprint, frameworkBits: _fb, roleBits: _rb, regionBits: _gb, useCaseBits: _ub, ...posting } = row;
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
      // group_id = ? reads postings_group_idx; a legacy root without group_id is its own group.
      .where(and(or(eq(postings.groupId, group), and(isNull(postings.groupId), eq(postings.id, group))), ne(postings.id, id)))
      .orderBy(asc(postings.postedAt), asc(postings.id))
      .all(),
  };
}

export type FilterOption = { value: string; label: string; n: number };
export type PostingFilterOptions = { sources: FilterOption[]; countries: FilterOption[]; companies: FilterOption[] };

/** What the explorer's controls can offer: sources, countries and the most frequent companies stored (from the rollups of migration 0008). */
export function getPostingFilterOptions(db: Db): PostingFilterOptions {
  const sourceRows = db
    .select({ value: postingCompanyCounts.source, label: sql<string>`coalesce(${sources.label}, ${postingCompanyCounts.source})`, n: sql<number>`sum(${postingCompanyCounts.postings})` })
    .from(postingCompanyCounts)
    .leftJoin(sources, eq(sources.name, postingCompanyCounts.source))
    .groupBy(postingCompanyCounts.source)
    .having(sql`sum(${postingCompanyCounts.postings}) > 0`)
    .orderBy(postingCompanyCounts.source)
    .all();
  const countries = db
    .select({ value: postingCountryCounts.country, n: postingCountryCounts.postings })
    .from(postingCountryCounts)
    .where(sql`${postingCountryCounts.postings} > 0`)
    .orderBy(postingCountryCounts.country)
    .all()
    .map((row) => ({ ...row, label: row.value }));
  const n = sql<number>`sum(${postingCompanyCounts.postings})`;
  const companies = db
    .select({ value: postingCompanyCounts.company, n })
    .from(postingCompanyCounts)
    .where(sql`${postingCompanyCounts.unnamed} = 0 AND ${postingCompanyCounts.company} != ''`)
    .groupBy(postingCompanyCounts.company)
    .having(sql`${n} > 0`)
    .orderBy(desc(n), postingCompanyCounts.company)
    .limit(200)
    .all()
    .map((row) => ({ ...row, label: row.value }));
  return { sources: sourceRows, countries, companies };
}
