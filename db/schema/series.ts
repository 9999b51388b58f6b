import { primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { SERIES } from "@/lib/series";

// Adoption time series (lib/series.ts): one value per series, key and date. Unit and origin sit
// on every row so that any slice of the table still says what it measures and whom to cite.
export const seriesPoints = sqliteTable(
  "series_points",
  {
    series: text("series", { enum: SERIES }).notNull(),
    /** What the series is split by: an ISO alpha-2 country, a conference, or a framework. */
    key: text("key").notNull(),
    /** YYYY-MM-DD (daily), YYYY-MM (a conference month) or YYYY (a year). */
    date: text("date").notNull(),
    value: real("value").notNull(),
    unit: text("unit").notNull(),
    origin: text("origin").notNull(),
    url: text("url").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.key, t.date] })],
);

export type SeriesPoint = typeof seriesPoints.$inferSelect;
export type NewSeriesPoint = typeof seriesPoints.$inferInsert;
