import { describe, expect, it, test } from "vitest";
import { BAND_PERCENTILES, expandCounts, percentileOfRanks, percentileOfSorted, percentilePosition, percentiles, rankReader } from "@/lib/stats/percentile";
import { wilsonInterval, Z_95 } from "@/lib/stats/wilson";

// Worked by hand with z = 1.959963984540054, z² = 3.841458820694125:
//   denominator d = 1 + z²/n, centre c = (p̂ + z²/2n) / d, half-width h = (z/d)·√(p̂(1−p̂)/n + z²/4n²).
describe("wilsonInterval (95%)", () => {
  test.each([
    // 0 of 10: d = 1.384146, c = (0 + 0.192073)/1.384146 = 0.138766, √(0 + 0.009604) = 0.097998,
    //   h = 1.416010 × 0.097998 = 0.138766 → [0, 0.277533] (= z²/(n + z²) = 3.841459/13.841459)
    { successes: 0, n: 10, low: 0, high: 0.277533 },
    // 5 of 10: c = (0.5 + 0.192073)/1.384146 = 0.5, √(0.025 + 0.009604) = 0.186021,
    //   h = 1.416010 × 0.186021 = 0.263407 → [0.236593, 0.763407]
    { successes: 5, n: 10, low: 0.236593, high: 0.763407 },
    // 10 of 10: mirror of 0 of 10 → [1 − 0.277533, 1] = [0.722467, 1]
    { successes: 10, n: 10, low: 0.722467, high: 1 },
    // 1 of 4: d = 1 + 0.960365 = 1.960365, c = (0.25 + 0.480182)/1.960365 = 0.372473,
    //   √(0.1875/4 + 3.841459/64) = √(0.046875 + 0.060023) = 0.326952, h = (1.959964/1.960365) × 0.326952 = 0.326885
    //   → [0.045587, 0.699358]
    { successes: 1, n: 4, low: 0.045587, high: 0.699358 },
    // 50 of 595 (TensorFlow users in the recorded 2023 sample): p̂ = 0.084034, d = 1.006456,
    //   c = (0.084034 + 0.003228)/1.006456 = 0.086702, √(0.084034 × 0.915966/595 + 3.841459/1416100) = √0.000132077 = 0.011492,
    //   h = 1.947391 × 0.011492 = 0.022380 → [0.064322, 0.109082]
    { successes: 50, n: 595, low: 0.064322, high: 0.109082 },
  ])("$successes of $n → [$low, $high]", ({ successes, n, low, high }) => {
    const interval = wilsonInterval(successes, n);
    expect(interval?.low).toBeCloseTo(low, 6);
    expect(interval?.high).toBeCloseTo(high, 6);
  });

  it("has no interval for an empty sample and refuses impossible counts", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });

  it("keeps the exact bounds at the edges and uses the 95% quantile", () => {
    expect(wilsonInterval(0, 7)?.low).toBe(0);
    expect(wilsonInterval(7, 7)?.high).toBe(1);
    expect(Z_95 * Z_95).toBeCloseTo(3.841459, 6);
  });
});

// Linear interpolation between closest ranks (numpy's default): h = (n − 1)·p, value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
describe("percentiles", () => {
  test.each([
    // [10, 20, 30, 40, 50], n − 1 = 4: p10 h = 0.4 → 10 + 0.4×10 = 14; p25 h = 1 → 20; p50 h = 2 → 30; p75 h = 3 → 40; p90 h = 3.6 → 40 + 0.6×10 = 46
    { values: [50, 10, 40, 20, 30], expected: [14, 20, 30, 40, 46] },
    // [1, 2, 3, 4], n − 1 = 3: p10 h = 0.3 → 1.3; p25 h = 0.75 → 1.75; p50 h = 1.5 → 2.5; p75 h = 2.25 → 3.25; p90 h = 2.7 → 3.7
    { values: [4, 3, 2, 1], expected: [1.3, 1.75, 2.5, 3.25, 3.7] },
    // one value: every percentile is that value
    { values: [7], expected: [7, 7, 7, 7, 7] },
    // [0, 100]: h = p → 100·p
    { values: [100, 0], expected: [10, 25, 50, 75, 90] },
    // ties: [5, 5, 5, 9], n − 1 = 3: p10 h = 0.3 → 5; p25 → 5; p50 h = 1.5 → 5; p75 h = 2.25 → 5 + 0.25×4 = 6; p90 h = 2.7 → 5 + 0.7×4 = 7.8
    { values: [9, 5, 5, 5], expected: [5, 5, 5, 6, 7.8] },
    // 11 salaries 100k…200k step 10k, n − 1 = 10: h = 1, 2.5, 5, 7.5, 9 → 110k, 125k, 150k, 175k, 190k
    { values: [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200].map((k) => k * 1000), expected: [110_000, 125_000, 150_000, 175_000, 190_000] },
  ])("$values → $expected", ({ values, expected }) => {
    const result = percentiles(values, BAND_PERCENTILES);
    result.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? Number.NaN, 9));
  });

  test.each([
    { n: 5, p: 0.9, position: { lower: 3, upper: 4 }, weight: 0.6 },
    { n: 4, p: 0.5, position: { lower: 1, upper: 2 }, weight: 0.5 },
    { n: 5, p: 1, position: { lower: 4, upper: 4 }, weight: 0 },
    { n: 1, p: 0.25, position: { lower: 0, upper: 0 }, weight: 0 },
  ])("percentilePosition($n, $p)", ({ n, p, position, weight }) => {
    const result = percentilePosition(n, p);
    expect(result).toMatchObject(position);
    expect(result.weight).toBeCloseTo(weight, 12);
  });

  it("interpolates from just the ranks it needs, as the SQL side hands them over", () => {
    const asked: number[] = [];
    const value = percentileOfRanks(5, 0.9, (rank) => (asked.push(rank), [10, 20, 30, 40, 50][rank] ?? Number.NaN));
    expect(value).toBeCloseTo(46, 12);
    expect(asked).toEqual([3, 4]);
  });

  it("refuses an empty list and a p outside [0, 1]", () => {
    expect(() => percentileOfSorted([], 0.5)).toThrow(RangeError);
    expect(() => percentileOfSorted([1], 1.5)).toThrow(RangeError);
    expect(() => percentileOfSorted([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("value counts (rollups of repeated figures)", () => {
  // 10, 10, 10, 20, 40, 40 — a zero count stands for nothing.
  const counts = [
    { value: 10, n: 3 },
    { value: 15, n: 0 },
    { value: 20, n: 1 },
    { value: 40, n: 2 },
  ];

  it("reads each rank's value as the expanded list does", () => {
    const { n, valueAt } = rankReader(counts);
    expect(n).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map(valueAt)).toEqual([10, 10, 10, 20, 40, 40]);
    expect(expandCounts(counts)).toEqual([10, 10, 10, 20, 40, 40]);
    expect(() => valueAt(6)).toThrow(RangeError);
    expect(() => valueAt(-1)).toThrow(RangeError);
  });

  it("gives the percentiles of the expanded list", () => {
    const { n, valueAt } = rankReader(counts);
    // p10: h = 0.5 → 10; p25: h = 1.25 → 10; p50: h = 2.5 → 10 + 0.5 × (20 − 10) = 15; p75: h = 3.75 → 20 + 0.75 × 20 = 35; p90: h = 4.5 → 40
    expect(BAND_PERCENTILES.map((p) => percentileOfRanks(n, p, valueAt))).toEqual([10, 10, 15, 35, 40]);
    expect(BAND_PERCENTILES.map((p) => percentileOfRanks(n, p, valueAt))).toEqual(percentiles([40, 10, 20, 10, 40, 10], BAND_PERCENTILES));
  });
});
