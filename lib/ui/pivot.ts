/** Long rows `{bucket, series, value}` → Tremor's wide rows `{[index]: bucket, [series]: value}`. */
export function pivotLongRows<S extends string>(rows: Array<{ bucket: string; series: S; value: number }>, index: string, seriesNames: readonly S[], label: (series: S) => string = String) {
  const byBucket = new Map<string, Record<string, string | number>>();
  for (const row of rows) {
    let wide = byBucket.get(row.bucket);
    if (!wide) {
      wide = { [index]: row.bucket, ...Object.fromEntries(seriesNames.map((s) => [label(s), 0])) };
      byBucket.set(row.bucket, wide);
    }
    wide[label(row.series)] = row.value;
  }
  return [...byBucket.values()];
}
