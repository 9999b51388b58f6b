import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Rollups of postings kept by the triggers of migration 0008 (hand-written part): every write of a
// posting or of its labels updates them in the same statement, so a read never scans postings.

/** Postings per duplicate group (coalesce(group_id, id)): a group of one is a single-posting job. */
export const jobGroupSizes = sqliteTable("job_group_sizes", {
  groupId: integer("group_id").primaryKey(),
  members: integer("members").notNull(),
});

/**
 * Per month, source, framework and use case: postings, and single-posting jobs (a job whose group
 * has one posting counts exactly once, so these add up across months and sources; groups of two or
 * more are counted from shared_job_cells). `framework`/`use_case` also take '*' (any or none) and '+'
 * (at least one label), so one table answers totals and coverage too.
 */
export const postingCells = sqliteTable(
  "posting_cells",
  {
    month: text("month").notNull(),
    source: text("source").notNull(),
    framework: text("framework").notNull(),
    useCase: text("use_case").notNull(),
    postings: integer("postings").notNull(),
    singleJobs: integer("single_jobs").notNull(),
    /** Jobs of two or more postings whose postings in this framework and use case are all in this month and source. */
    confinedJobs: integer("confined_jobs").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.framework, t.useCase, t.source, t.month] })],
);

/**
 * Per cell, each group of two or more postings with a posting in it, and how many of its postings
 * are. One row per (cell, group), so a cell's rows grow with its jobs, not with their reposts; a
 * group's row goes when its last posting in the cell leaves. A group with rows in one month and
 * source only (for a framework and use case) is counted in posting_cells.confined_jobs; the others
 * are `spread`, and the distinct groups among a scope's spread rows are the rest of its jobs.
 */
export const sharedJobCells = sqliteTable(
  "shared_job_cells",
  {
    framework: text("framework").notNull(),
    useCase: text("use_case").notNull(),
    source: text("source").notNull(),
    month: text("month").notNull(),
    groupId: integer("group_id").notNull(),
    members: integer("members").notNull(),
    /** 1: the group has rows in other months or sources of this framework and use case too. */
    spread: integer("spread").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.framework, t.useCase, t.source, t.month, t.groupId] }),
    index("shared_job_cells_group_idx").on(t.framework, t.useCase, t.groupId),
    index("shared_job_cells_spread_idx").on(t.framework, t.useCase, t.source, t.month, t.groupId).where(sql`spread = 1`),
  ],
);

/** A change of one shared_job_cells row by ±1 member, applied and removed by its own trigger. */
export const sharedCellDeltas = sqliteTable("shared_cell_deltas", {
  framework: text("framework").notNull(),
  useCase: text("use_case").notNull(),
  source: text("source").notNull(),
  month: text("month").notNull(),
  groupId: integer("group_id").notNull(),
  members: integer("members").notNull(),
});

/** A change of a posting's cells, applied and removed by its own trigger (SQLite triggers cannot call each other otherwise). */
export const postingCellDeltas = sqliteTable("posting_cell_deltas", {
  postingId: integer("posting_id").notNull(),
  groupId: integer("group_id").notNull(),
  month: text("month").notNull(),
  source: text("source").notNull(),
  postings: integer("postings").notNull(),
  singleJobs: integer("single_jobs").notNull(),
  /** 1: add the posting's rows to shared_job_cells; -1: remove them; 0: neither. */
  shared: integer("shared").notNull(),
});

/** Postings per source and company, and how many of them are closed; a null company is kept apart from ''. */
export const postingCompanyCounts = sqliteTable(
  "posting_company_counts",
  {
    source: text("source").notNull(),
    company: text("company").notNull(),
    unnamed: integer("unnamed").notNull(),
    postings: integer("postings").notNull(),
    closed: integer("closed").notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.unnamed, t.company] })],
);

/** Postings per country label. */
export const postingCountryCounts = sqliteTable("posting_country_counts", {
  country: text("country").primaryKey(),
  postings: integer("postings").notNull(),
});

// Migration 0010: distinct jobs by role, region, seniority and use case. A posting's key is its month,
// source, seniority, label bits and term bits (0011) (the columns of postings); each posting is in exactly one cell.
const marketKey = {
  month: text("month").notNull(),
  source: text("source").notNull(),
  seniority: text("seniority").notNull(),
  frameworkBits: integer("framework_bits").notNull(),
  roleBits: integer("role_bits").notNull(),
  regionBits: integer("region_bits").notNull(),
  useCaseBits: integer("use_case_bits").notNull(),
  termBits: integer("term_bits").notNull(),
};

/**
 * Postings per key, and the jobs whose postings all have this key (a job of one posting, or reposts
 * alike in month, source and labels): such a job is in one cell only, so these are summed.
 */
export const jobMarketCells = sqliteTable(
  "job_market_cells",
  { ...marketKey, postings: integer("postings").notNull(), wholeJobs: integer("whole_jobs").notNull() },
  (t) => [primaryKey({ columns: [t.month, t.source, t.seniority, t.frameworkBits, t.roleBits, t.regionBits, t.useCaseBits, t.termBits] })],
);

/**
 * The jobs whose postings have two or more keys, one row per key and group with its postings there:
 * the distinct groups among a scope's rows are its jobs not summed from job_market_cells.
 */
export const jobMarketShared = sqliteTable(
  "job_market_shared",
  { ...marketKey, groupId: integer("group_id").notNull(), members: integer("members").notNull() },
  (t) => [primaryKey({ columns: [t.month, t.source, t.seniority, t.frameworkBits, t.roleBits, t.regionBits, t.useCaseBits, t.termBits, t.groupId] })],
);

/** A change of a job's rows in the two tables above, applied and removed by its own trigger. */
export const jobMarketDeltas = sqliteTable("job_market_deltas", {
  ...marketKey,
  groupId: integer("group_id").notNull(),
  postings: integer("postings").notNull(),
  wholeJobs: integer("whole_jobs").notNull(),
  members: integer("members").notNull(),
});
