// Percentiles by linear interpolation between the closest ranks: numpy's default ("linear",
// Hyndman & Fan type 7). On sorted x of length n, the p-th percentile sits at h = (n − 1)·p
// and is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).

/** The percentiles every salary band reports. */
export const BAND_PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/** Where the p-th percentile of n sorted values sits: the 0-based ranks around it and the weight of the upper one. */
export function percentilePosition(n: number, p: number): { lower: number; upper: number; weight: number } {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`percentile of ${n} values`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile ${p} is outside [0, 1]`);
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  return { lower, upper: Math.min(lower + 1, n - 1), weight: h - lower };
}

/**
 * The p-th percentile when only some order statistics are at hand (SQL returns just the ranks
 * needed): `valueAt(rank)` gives the 0-based rank's value among n sorted values.
 */
export function percentileOfRanks(n: number, p: number, valueAt: (rank: number) => number): number {
  const { lower, upper, weight } = percentilePosition(n, p);
  const low = valueAt(lower);
  return weight === 0 ? low : low + weight * (valueAt(upper) - low);
}

/** The p-th percentile of values sorted ascending. */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  return percentileOfRanks(sorted.length, p, (rank) => {
    const value = sorted[rank];
    if (value === undefined) throw new RangeError(`rank ${rank} of ${sorted.length}`);
    return value;
  });
}

/** Several percentiles of unsorted values. */
export function percentiles(values: readonly number[], ps: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return ps.map((p) => percentileOfSorted(sorted, p));
}

/** Distinct values in ascending order, each with how many times it occurs (a value-count rollup). */
export type ValueCounts = ReadonlyArray<{ value: number; n: number }>;

/**
 * The 0-based rank's value among the sorted values the counts stand for, without expanding them:
 * a binary search over the running totals.
 */
export function rankReader(counts: ValueCounts): { n: number; valueAt: (rank: number) => number } {
  const ends: number[] = [];
  let total = 0;
  for (const { n } of counts) ends.push((total += n));
  const valueAt = (rank: number) => {
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((ends[mid] as number) > rank) high = mid;
      else low = mid + 1;
    }
    const entry = counts[low];
    if (entry === undefined || rank < 0 || rank >= total) throw new RangeError(`rank ${rank} of ${total}`);
    return entry.value;
  };
  return { n: total, valueAt };
}

/** The sorted values the counts stand for, each repeated its count (zero counts drop out). */
export function expandCounts(counts: ValueCounts): number[] {
  // One array of the final length, each value's run filled natively: the survey pay counts stand for
  // hundreds of thousands of figures at scale, and a callback per figure (Array.from) cost
  // /recommendations ~100 ms a render.
  const runs = counts.map(({ value, n }) => ({ value, n: Math.max(0, Math.trunc(n) || 0) }));
  const values = new Array<number>(runs.reduce((sum, run) => sum + run.n, 0));
  let at = 0;
  for (const { value, n } of runs) values.fill(value, at, (at += n));
  return values;
}
