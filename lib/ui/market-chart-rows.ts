/** Tremor's wide rows: one per group, one key per series; a missing or withheld value stays null (no bar). */
export type MarketChartRow = { group: string } & Record<string, string | number | null>;

/**
 * Pivots long rows `{group, series, value}` into wide rows, groups in first-seen order, every
 * series present in every row (null where the group has none).
 */
export function marketChartRows(rows: ReadonlyArray<{ group: string; series: string; value: number | null }>, series: readonly string[]): MarketChartRow[] {
  const byGroup = new Map<string, MarketChartRow>();
  for (const row of rows) {
    const wide = byGroup.get(row.group) ?? ({ group: row.group, ...Object.fromEntries(series.map((name) => [name, null])) } as MarketChartRow);
    if (series.includes(row.series)) wide[row.series] = row.value;
    byGroup.set(row.group, wide);
  }
  return [...byGroup.values()];
}
