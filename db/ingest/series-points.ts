import { and, eq, gte, lte } from "drizzle-orm";
import { seriesPoints, type NewSeriesPoint } from "../schema";
import { chunks, type Tx, type WriteCounts } from "./tx";

export type SeriesPointInput = Omit<NewSeriesPoint, "updatedAt">;

// 8 columns a row: well under SQLite's limit of bound parameters per statement.
const ROWS_PER_STATEMENT = 1000;

/** Diff before write by (series, key, date): new points inserted, changed ones (a revision) updated. */
export function writeSeriesPoints(tx: Tx, rows: SeriesPointInput[], at: string): WriteCounts {
  const counts: WriteCounts = { newCount: 0, updatedCount: 0, unchangedCount: 0 };
  const groups = new Map<string, Map<string, SeriesPointInput>>();
  for (const row of rows) {
    const group = `${row.series}\u0000${row.key}`;
    groups.set(group, (groups.get(group) ?? new Map<string, SeriesPointInput>()).set(row.date, row));
  }
  for (const points of groups.values()) {
    const first = points.values().next().value;
    if (!first) continue;
    const dates = [...points.keys()].sort();
    const existing = new Map(
      tx
        .select()
        .from(seriesPoints)
        .where(and(eq(seriesPoints.series, first.series), eq(seriesPoints.key, first.key), gte(seriesPoints.date, dates[0] ?? ""), lte(seriesPoints.date, dates.at(-1) ?? "")))
        .all()
        .map((row) => [row.date, row]),
    );
    const fresh: NewSeriesPoint[] = [];
    for (const point of points.values()) {
      const known = existing.get(point.date);
      if (!known) fresh.push({ ...point, updatedAt: at });
      else if (known.value === point.value && known.unit === point.unit && known.origin === point.origin && known.url === point.url) counts.unchangedCount++;
      else {
        tx.update(seriesPoints)
          .set({ value: point.value, unit: point.unit, origin: point.origin, url: point.url, updatedAt: at })
          .where(and(eq(seriesPoints.series, point.series), eq(seriesPoints.key, point.key), eq(seriesPoints.date, point.date)))
          .run();
        counts.updatedCount++;
      }
    }
    for (const batch of chunks(fresh, ROWS_PER_STATEMENT)) tx.insert(seriesPoints).values(batch).run();
    counts.newCount += fresh.length;
  }
  return counts;
}
