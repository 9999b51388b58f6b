import { percentileOfSorted } from "@/lib/stats/percentile";
import { wilsonInterval, Z_95 } from "@/lib/stats/wilson";

// The comparisons behind /recommendations and /claims: two shares (or two medians) differ only
// when their 95% intervals do not overlap; anything less is not a difference we report.

/** The two frameworks the product compares. */
export const CONTENDERS = ["pytorch", "tensorflow"] as const;
export type Contender = (typeof CONTENDERS)[number];

export const otherContender = (framework: Contender): Contender => (framework === "pytorch" ? "tensorflow" : "pytorch");

/** A count out of a base, its share and 95% Wilson score interval. */
export type Share = { count: number; base: number; share: number; low: number; high: number };

/** Null when the base is 0: there is no share to state. */
export function shareOf(count: number, base: number): Share | null {
  const interval = wilsonInterval(count, base);
  return interval ? { count, base, share: count / base, ...interval } : null;
}

/** "first" when a's interval lies wholly above b's, "second" when wholly below, else "overlap". */
export type Separation = "first" | "second" | "overlap";

export function separate(a: { low: number; high: number }, b: { low: number; high: number }): Separation {
  if (a.low > b.high) return "first";
  if (b.low > a.high) return "second";
  return "overlap";
}

/** A median with its 95% distribution-free interval (order statistics of the binomial with p = ½). */
export type Median = { n: number; median: number; low: number; high: number };

/**
 * The largest 1-based rank j with P(B ≤ j − 1) ≤ 2.5% for B ~ Binomial(n, ½): the interval is
 * [x(j), x(n − j + 1)], covering the median with at least 95%. Null below 6 values (no such j).
 */
export function medianRankBound(n: number): number | null {
  // ½ⁿ underflows past ~1,000 values: there the normal approximation is exact enough.
  if (n > 500) return Math.floor((n - Z_95 * Math.sqrt(n)) / 2);
  let cumulative = 0;
  let probability = 0.5 ** n;
  let j = 0;
  for (let k = 0; k < n; k++) {
    cumulative += probability;
    if (cumulative > 0.025) break;
    j = k + 1;
    probability = (probability * (n - k)) / (k + 1);
  }
  return j >= 1 ? j : null;
}

/** Median (numpy's linear interpolation, as the salary bands) and its 95% interval; null below 6 values. */
export function medianOf(sorted: readonly number[]): Median | null {
  const j = medianRankBound(sorted.length);
  if (j === null) return null;
  const at = (rank: number) => sorted[rank - 1] as number;
  return { n: sorted.length, median: percentileOfSorted(sorted, 0.5), low: at(j), high: at(sorted.length - j + 1) };
}
