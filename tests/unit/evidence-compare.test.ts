import { describe, expect, it, test } from "vitest";
import { medianOf, medianRankBound, separate, shareOf } from "@/lib/evidence/compare";

describe("shareOf", () => {
  it("gives the share with its 95% Wilson interval, and null for an empty base", () => {
    const share = shareOf(60, 100);
    expect(share?.share).toBe(0.6);
    expect(share?.low).toBeCloseTo(0.5020, 4);
    expect(share?.high).toBeCloseTo(0.6906, 4);
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe("separate", () => {
  test.each([
    [{ low: 0.5, high: 0.7 }, { low: 0.2, high: 0.4 }, "first"],
    [{ low: 0.2, high: 0.4 }, { low: 0.5, high: 0.7 }, "second"],
    [{ low: 0.3, high: 0.5 }, { low: 0.45, high: 0.6 }, "overlap"],
    // Touching ends are not apart.
    [{ low: 0.4, high: 0.5 }, { low: 0.3, high: 0.4 }, "overlap"],
  ] as const)("%j against %j → %s", (a, b, expected) => {
    expect(separate(a, b)).toBe(expected);
  });
});

describe("medianRankBound", () => {
  // Ranks of the distribution-free 95% interval of the median, as printed in standard tables.
  test.each([
    [5, null],
    [6, 1],
    [8, 1],
    [9, 2],
    [10, 2],
    [20, 6],
    [30, 10],
    [100, 40],
  ] as const)("n = %i → j = %s", (n, j) => {
    expect(medianRankBound(n)).toBe(j);
  });

  it("stays finite past where ½ⁿ underflows", () => {
    expect(medianRankBound(2000)).toBe(956);
  });
});

describe("medianOf", () => {
  it("gives numpy's median and the order statistics around it", () => {
    const values = Array.from({ length: 10 }, (_, i) => (i + 1) * 10);
    expect(medianOf(values)).toEqual({ n: 10, median: 55, low: 20, high: 90 });
    expect(medianOf([1, 2, 3, 4, 5])).toBeNull();
  });
});
