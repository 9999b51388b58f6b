import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { FRAMEWORKS, MENTION_CONTEXTS, REMOTE_MODES, ROLES, SENIORITIES, USE_CASES } from "@/lib/taxonomy";
import { rawDocuments } from "./raw-documents";

export const postings = sqliteTable(
  "postings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source").notNull(),
    sourceId: text("source_id").notNull(),
    /** The board or listing the posting was read from (an ATS company slug); closing is scoped by it. */
    board: text("board"),
    url: text("url").notNull(),
    applyUrl: text("apply_url"),
    company: text("company"),
    title: text("title").notNull(),
    locationText: text("location_text"),
    postedAt: text("posted_at").notNull(),
    // The month the source files the posting under (HN: its thread's month), YYYY-MM.
    month: text("month").notNull(),
    firstSeen: text("first_seen").notNull(),
    lastSeen: text("last_seen").notNull(),
    closedAt: text("closed_at"),
    description: text("description").notNull(),
    seniority: text("seniority", { enum: SENIORITIES }).notNull().default("unspecified"),
    remote: text("remote", { enum: REMOTE_MODES }).notNull().default("unspecified"),
    salaryMin: real("salary_min"),
    salaryMax: real("salary_max"),
    salaryCurrency: text("salary_currency"),
    salaryPeriod: text("salary_period"),
    salaryText: text("salary_text"),
    // Derived from the posted range: annual base pay, and in USD at the shipped table's rates.
    salaryAnnualMin: real("salary_annual_min"),
    salaryAnnualMax: real("salary_annual_max"),
    salaryUsdMin: real("salary_usd_min"),
    salaryUsdMax: real("salary_usd_max"),
    salaryRatesDate: text("salary_rates_date"),
    /** Hash of everything the extractors derived: re-extraction rewrites only what changed. */
    extractHash: text("extract_hash"),
    contentHash: text("content_hash").notNull(),
    // Cross-source duplicates: the keys of db/ingest/dedup.ts, and the group they put the posting in.
    dedupUrlKey: text("dedup_url_key"),
    dedupListingKey: text("dedup_listing_key"),
    descriptionFingerprint: text("description_fingerprint"),
    groupId: integer("group_id"),
    // The posting's labels as bits (lib/money/pay-bits.ts), written with its labels: the key of its
    // job_market_cells row. region_bits also has UNKNOWN_REGION_BIT for a country in no region.
    frameworkBits: integer("framework_bits").notNull().default(0),
    roleBits: integer("role_bits").notNull().default(0),
    regionBits: integer("region_bits").notNull().default(0),
    useCaseBits: integer("use_case_bits").notNull().default(0),
    // The fixed proxy term groups its title, company and description match (lib/evidence/term-bits.ts),
    // written with the text: also a key of its job_market_cells row (migration 0011).
    termBits: integer("term_bits").notNull().default(0),
    rawDocumentId: integer("raw_document_id")
      .notNull()
      .references(() => rawDocuments.id),
  },
  (t) => [
    uniqueIndex("postings_source_item_uq").on(t.source, t.sourceId),
    // Month-ranged counts of distinct jobs (coalesce(group_id, id)) read these indexes alone, never the wide rows.
    index("postings_source_month_group_idx").on(t.source, t.month, t.groupId),
    index("postings_month_source_group_idx").on(t.month, t.source, t.groupId),
    // The explorer's sort orders and the company list.
    index("postings_posted_at_idx").on(t.postedAt),
    index("postings_salary_usd_max_idx").on(t.salaryUsdMax, t.groupId),
    // group_id: the explorer's company search counts distinct jobs from the index alone.
    index("postings_company_idx").on(t.company, t.groupId),
    // The explorer's company order ((company IS NULL), company COLLATE NOCASE, id DESC) read in index order.
    index("postings_company_sort_idx").on(sql`(${t.company} IS NULL)`, sql`${t.company} COLLATE NOCASE`, sql`${t.id} DESC`),
    // The explorer's seniority and remote filters: the count from the index, a page in posted order.
    index("postings_seniority_remote_idx").on(t.seniority, t.remote, t.postedAt, t.groupId),
    index("postings_source_board_idx").on(t.source, t.board),
    index("postings_dedup_url_idx").on(t.dedupUrlKey),
    index("postings_dedup_listing_idx").on(t.dedupListingKey, t.postedAt),
    index("postings_fingerprint_idx").on(t.descriptionFingerprint),
    index("postings_group_idx").on(t.groupId),
    // A posting's job without reading its row: a search's count reads it for every match.
    index("postings_job_idx").on(t.id, t.groupId),
  ],
);

export const postingFrameworks = sqliteTable(
  "posting_frameworks",
  {
    postingId: integer("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    framework: text("framework", { enum: FRAMEWORKS }).notNull(),
    context: text("context", { enum: MENTION_CONTEXTS }).notNull(),
    snippet: text("snippet").notNull(),
  },
  (t) => [primaryKey({ columns: [t.postingId, t.framework] }), index("posting_frameworks_framework_idx").on(t.framework, t.postingId)],
);

export const postingRoles = sqliteTable(
  "posting_roles",
  {
    postingId: integer("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.postingId, t.role] }), index("posting_roles_role_idx").on(t.role, t.postingId)],
);

export const postingUseCases = sqliteTable(
  "posting_use_cases",
  {
    postingId: integer("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    useCase: text("use_case", { enum: USE_CASES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.postingId, t.useCase] }), index("posting_use_cases_use_case_idx").on(t.useCase, t.postingId)],
);

export const postingCountries = sqliteTable(
  "posting_countries",
  {
    postingId: integer("posting_id")
      .notNull()
      .references(() => postings.id, { onDelete: "cascade" }),
    country: text("country").notNull(),
  },
  (t) => [primaryKey({ columns: [t.postingId, t.country] }), index("posting_countries_country_idx").on(t.country, t.postingId)],
);

/**
 * A row here, only ever inside the ingest's own transaction (set and cleared there, so no other
 * connection sees it and a rollback or crash drops it), makes postings_fts_after_insert skip: the
 * ingest indexes the batch's new postings in one statement instead (migration 0012).
 */
export const postingsFtsDeferred = sqliteTable("postings_fts_deferred", {
  deferred: integer("deferred").primaryKey(),
});

export type Posting = typeof postings.$inferSelect;
export type NewPosting = typeof postings.$inferInsert;
