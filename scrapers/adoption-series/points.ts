import type { SeriesPointInput } from "@/db/ingest/series-points";
import type { CsvShape } from "@/lib/csv/read-csv";
import { SERIES_INFO, type Series } from "@/lib/series";
import type { RowReader, RowVerdict } from "../data-files/csv-batches";

/** One published CSV and how its rows become points of our series. */
export type SeriesFile = { url: string; label: string; shape: CsvShape; reader(header: string[] | null): RowReader<SeriesPointInput> };

export const RAW_GITHUB = "https://raw.githubusercontent.com";

/** Reads a row's fields by column name; a header without one of the names fails the file. */
export function namedFields<N extends string>(header: string[] | null, names: readonly N[]): (fields: string[]) => Record<N, string> {
  const missing = names.filter((name) => !header?.includes(name));
  if (missing.length || !header) throw new Error(`the file has no column ${missing.join(", ")}`);
  const at = names.map((name) => [name, header.indexOf(name)] as const);
  return (fields) => Object.fromEntries(at.map(([name, index]) => [name, fields[index] ?? ""])) as Record<N, string>;
}

export type PointShape = { date: RegExp; key: RegExp };
export const DAILY_BY_COUNTRY: PointShape = { date: /^\d{4}-\d{2}-\d{2}$/, key: /^[A-Z]{2}$/ };

/** A row's points (one per series) with unit and origin; a bad date, key or value refuses the whole row. */
export function points(url: string, shape: PointShape, date: string, key: string, values: Array<[Series, string]>): RowVerdict<SeriesPointInput> {
  if (!shape.date.test(date)) return { invalid: `date ${JSON.stringify(date)} does not match ${shape.date.source}` };
  if (!shape.key.test(key)) return { invalid: `key ${JSON.stringify(key)} does not match ${shape.key.source}` };
  const rows: SeriesPointInput[] = [];
  for (const [series, text] of values) {
    const value = text.trim() === "" ? NaN : Number(text);
    if (!Number.isFinite(value)) return { invalid: `${series} value ${JSON.stringify(text)} is not a number` };
    const { unit, origin } = SERIES_INFO[series];
    rows.push({ series, key, date, value, unit, origin, url });
  }
  return { rows };
}
