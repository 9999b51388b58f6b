// Wilson score interval for a binomial proportion: unlike the normal approximation it stays inside
// [0, 1] and is honest for small samples and for shares near 0 or 1.

/** The 97.5% quantile of the standard normal: a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/**
 * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), with p̂ = successes / n.
 * Null when n is 0: there is no share to bound.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: need whole numbers 0 ≤ successes ≤ n, got ${successes} of ${n}`);
  }
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 of n and n of n the bound is exactly 0 or 1; the subtraction would leave rounding noise.
  return { low: successes === 0 ? 0 : centre - half, high: successes === n ? 1 : centre + half };
}
