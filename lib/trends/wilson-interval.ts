import { wilsonInterval as wilson } from "@/lib/stats/wilson";

// One Wilson implementation (lib/stats/wilson.ts); this keeps the trend code's {lower, upper} shape.

export type Interval = { lower: number; upper: number };

/** Wilson 95% score interval of `successes` in `n`; null when n is 0. */
export function wilsonInterval(successes: number, n: number): Interval | null {
  const interval = wilson(successes, n);
  return interval ? { lower: interval.low, upper: interval.high } : null;
}
