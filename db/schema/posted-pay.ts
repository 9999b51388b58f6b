import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Kept by the triggers of migration 0007 from postings and their label tables; never written by ingest.

/** ISO alpha-2 → region, as lib/geo/regions.ts COUNTRY_REGIONS, with the region's bit (lib/money/pay-bits.ts). */
export const countryRegions = sqliteTable("country_regions", {
  country: text("country").primaryKey(),
  region: text("region").notNull(),
  bit: integer("bit").notNull(),
});

/** One row per posting stating pay (yearly range and currency): the midpoint and what the bands group by. */
export const postedPay = sqliteTable(
  "posted_pay",
  {
    postingId: integer("posting_id").primaryKey(),
    /** The duplicate group: coalesce(group_id, id). */
    job: integer("job").notNull(),
    currency: text("currency").notNull(),
    value: real("value").notNull(),
    month: text("month").notNull(),
    source: text("source").notNull(),
    seniority: text("seniority").notNull(),
    frameworkBits: integer("framework_bits").notNull(),
    roleBits: integer("role_bits").notNull(),
    /** The regions of the posting's countries, with UNKNOWN_REGION_BIT for a country in none. */
    regionBits: integer("region_bits").notNull(),
  },
  (t) => [index("posted_pay_band_idx").on(t.currency, t.job, t.postingId, t.month, t.source, t.seniority, t.value, t.frameworkBits, t.roleBits, t.regionBits)],
);

// Kept by the triggers of migration 0009 on posted_pay, so a band reads value counts instead of every row.

/**
 * Per duplicate group and currency: its posted_pay rows, and the earliest of them, which stands for
 * the job in any scope keeping all of them. `counted`: the rows are all in one month and source, so
 * a scope keeps all or none of them and the job is counted in posted_pay_cells under the earliest's figure.
 */
export const postedPayJobs = sqliteTable(
  "posted_pay_jobs",
  {
    currency: text("currency").notNull(),
    job: integer("job").notNull(),
    postings: integer("postings").notNull(),
    counted: integer("counted").notNull(),
    month: text("month").notNull(),
    source: text("source").notNull(),
    seniority: text("seniority").notNull(),
    value: real("value").notNull(),
    frameworkBits: integer("framework_bits").notNull(),
    roleBits: integer("role_bits").notNull(),
    regionBits: integer("region_bits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.job] }), index("posted_pay_jobs_spread_idx").on(t.currency, t.job).where(sql`counted = 0`)],
);

/**
 * The counted jobs (see posted_pay_jobs) per month, source, currency, figure and labels: the bands
 * sum these, and read only the other jobs from posted_pay, where the scope picks their earliest row.
 */
export const postedPayCells = sqliteTable(
  "posted_pay_cells",
  {
    currency: text("currency").notNull(),
    month: text("month").notNull(),
    source: text("source").notNull(),
    seniority: text("seniority").notNull(),
    value: real("value").notNull(),
    frameworkBits: integer("framework_bits").notNull(),
    roleBits: integer("role_bits").notNull(),
    regionBits: integer("region_bits").notNull(),
    jobs: integer("jobs").notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.month, t.source, t.seniority, t.value, t.frameworkBits, t.roleBits, t.regionBits] })],
);
