import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

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
