import { medianOf, separate, shareOf, type Median, type Share } from "@/lib/evidence/compare";

// Verdicts on the common claims, by one stated rule: a difference counts only when the two 95%
// intervals do not overlap and each side rests on enough data; anything less is "not enough data".

export const VERDICTS = ["supported", "contradicted", "not-enough-data"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: "Supported",
  contradicted: "Contradicted",
  "not-enough-data": "Not enough data",
};

/** A share comparison needs this many in its base (jobs, respondents, papers, questions). */
export const MIN_CLAIM_BASE = 30;
/** A median comparison needs this many figures on each side (the salary pages' suppression limit). */
export const MIN_PAY_FIGURES = 10;

export const VERDICT_RULE =
  `A check is supported when the claimed side's 95% interval lies wholly above the other's, contradicted when it lies wholly below, ` +
  `and not enough data when the intervals overlap or a base is under ${MIN_CLAIM_BASE} (${MIN_PAY_FIGURES} pay figures a side). ` +
  "Shares use Wilson score intervals; medians use distribution-free intervals from the binomial order statistics. " +
  "A claim is supported or contradicted when every decisive check says so; with no decisive check, or decisive checks that disagree, there is not enough data.";

export type CheckVerdict = { verdict: Verdict; reason: string };

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const interval = (s: { low: number; high: number }, format: (v: number) => string) => `${format(s.low)}–${format(s.high)}`;

/** Counts out of one base: does `claimed` lead `other` (the two shares of the same base)? */
export type LeadCounts = { claimed: number; other: number; base: number };
export type LeadResult = CheckVerdict & { claimed: Share | null; other: Share | null };

export function leadVerdict({ claimed, other, base }: LeadCounts): LeadResult {
  const a = shareOf(claimed, base);
  const b = shareOf(other, base);
  if (!a || !b || base < MIN_CLAIM_BASE) return { verdict: "not-enough-data", reason: `${base} in the base, under ${MIN_CLAIM_BASE}`, claimed: a, other: b };
  const side = separate(a, b);
  const intervals = `${interval(a, pct)} against ${interval(b, pct)}`;
  if (side === "first") return { verdict: "supported", reason: `intervals apart: ${intervals}`, claimed: a, other: b };
  if (side === "second") return { verdict: "contradicted", reason: `intervals apart the other way: ${intervals}`, claimed: a, other: b };
  return { verdict: "not-enough-data", reason: `intervals overlap: ${intervals}`, claimed: a, other: b };
}

/** One share in two periods: did it rise? */
export type RiseCounts = { before: { count: number; base: number }; after: { count: number; base: number } };
export type RiseResult = CheckVerdict & { before: Share | null; after: Share | null };

export function riseVerdict({ before, after }: RiseCounts): RiseResult {
  const b = shareOf(before.count, before.base);
  const a = shareOf(after.count, after.base);
  const small = Math.min(before.base, after.base);
  if (!a || !b || small < MIN_CLAIM_BASE) return { verdict: "not-enough-data", reason: `${small} in the smaller base, under ${MIN_CLAIM_BASE}`, before: b, after: a };
  const side = separate(a, b);
  const intervals = `${interval(b, pct)} before, ${interval(a, pct)} after`;
  if (side === "first") return { verdict: "supported", reason: `rose, intervals apart: ${intervals}`, before: b, after: a };
  if (side === "second") return { verdict: "contradicted", reason: `fell, intervals apart: ${intervals}`, before: b, after: a };
  return { verdict: "not-enough-data", reason: `intervals overlap: ${intervals}`, before: b, after: a };
}

/** Pay figures (sorted ascending) of the claimed side and the other: is the claimed median higher? */
export type PayResult = CheckVerdict & { claimed: Median | null; other: Median | null };

export function payVerdict(claimed: readonly number[], other: readonly number[], format: (value: number) => string): PayResult {
  const a = claimed.length >= MIN_PAY_FIGURES ? medianOf(claimed) : null;
  const b = other.length >= MIN_PAY_FIGURES ? medianOf(other) : null;
  if (!a || !b) return { verdict: "not-enough-data", reason: `${claimed.length} and ${other.length} pay figures, under ${MIN_PAY_FIGURES} a side`, claimed: a, other: b };
  const side = separate(a, b);
  const intervals = `${interval(a, format)} against ${interval(b, format)}`;
  if (side === "first") return { verdict: "supported", reason: `median intervals apart: ${intervals}`, claimed: a, other: b };
  if (side === "second") return { verdict: "contradicted", reason: `median intervals apart the other way: ${intervals}`, claimed: a, other: b };
  return { verdict: "not-enough-data", reason: `median intervals overlap: ${intervals}`, claimed: a, other: b };
}

/** A claim's verdict from its checks' verdicts. */
export function combineVerdicts(checks: readonly Verdict[]): CheckVerdict {
  const decisive = checks.filter((v) => v !== "not-enough-data");
  if (decisive.length === 0) return { verdict: "not-enough-data", reason: checks.length ? "no check separates the two" : "no check could be run" };
  const first = decisive[0] as Verdict;
  if (decisive.some((v) => v !== first)) return { verdict: "not-enough-data", reason: "the checks disagree" };
  const of = `${decisive.length} of ${checks.length} check${checks.length === 1 ? "" : "s"}`;
  return { verdict: first, reason: `${of} decisive, all ${first === "supported" ? "for" : "against"} the claim` };
}
