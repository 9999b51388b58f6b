import { otherContender, separate, shareOf, type Contender, type Share } from "@/lib/evidence/compare";
import type { Framework } from "@/lib/taxonomy";

// The recommendation as a pure function of the evidence numbers: each signal compares PyTorch and
// TensorFlow over one base; only signals with enough data and separated 95% intervals score.

export const SIGNALS = ["demand", "trend", "use_case_fit", "research_fit", "production_fit", "edge_fit", "supply"] as const;
export type SignalId = (typeof SIGNALS)[number];

export const SIGNAL_LABELS: Record<SignalId, string> = {
  demand: "demand share",
  trend: "demand trend",
  use_case_fit: "use-case fit",
  research_fit: "research fit",
  production_fit: "production fit",
  edge_fit: "mobile/edge fit",
  supply: "talent supply",
};

/** A signal's base (jobs naming either framework, papers, respondents) must reach this to count. */
export const MIN_SIGNAL_BASE = 30;

/** What a clear signal adds to its framework's score. Supply weighs double for a team that is hiring. */
export const SIGNAL_WEIGHTS: Record<SignalId, number> = { demand: 2, use_case_fit: 2, research_fit: 2, production_fit: 2, edge_fit: 2, trend: 1, supply: 1 };
export const HIRING_SUPPLY_WEIGHT = 2;

export const DECISION_RULES = [
  `A signal counts only when its base reaches ${MIN_SIGNAL_BASE} (jobs naming either framework, papers, or survey respondents); below that it is thin.`,
  "A signal is clear when one framework's 95% Wilson interval lies wholly above the other's; overlapping intervals score nothing.",
  `A clear signal adds its weight to its framework: demand, use-case fit and the research, production and mobile/edge fit ${SIGNAL_WEIGHTS.demand} each, the demand trend ${SIGNAL_WEIGHTS.trend}, survey supply ${SIGNAL_WEIGHTS.supply} (${HIRING_SUPPLY_WEIGHT} when the team plans hires). Pay is shown, not scored: it is a cost to the hiring team and a gain to the learner.`,
  "The higher score wins. With no signal above the thin limit: not enough data. With no clear signal, or a tie: the framework the team already uses (if it uses exactly one of the two), else no clear winner.",
  "Confidence is high with two or more clear signals for the winner, none clear against it, no signal with enough data leaning the other way, and enough job ads for demand itself to count; moderate when the winner scores at least 2 and twice the other; low otherwise.",
] as const;

export type Focus = "research" | "production" | "both";
export type Deployment = "server" | "edge";

/** Counts out of one base: jobs, papers or respondents naming each framework. */
export type SplitCounts = { pytorch: number; tensorflow: number; base: number };
/** PyTorch's count out of a base in an earlier and a later window. */
export type TrendCounts = { before: { pytorch: number; base: number }; after: { pytorch: number; base: number } };

export type RecommendInput = {
  /** Frameworks the team uses today; Keras counts as TensorFlow. */
  skills: readonly Framework[];
  hires: number;
  /** Null: the signal does not apply to this situation (e.g. no use case chosen) or has no data at all. */
  demand: SplitCounts | null;
  trend: TrendCounts | null;
  useCaseFit: SplitCounts | null;
  researchFit: SplitCounts | null;
  productionFit: SplitCounts | null;
  edgeFit: SplitCounts | null;
  supply: SplitCounts | null;
};

export type SignalStatus = "clear" | "overlap" | "thin";
export type SignalResult = {
  id: SignalId;
  weight: number;
  status: SignalStatus;
  /** Where the point estimates lean, whatever the intervals say; null on a tie or no data. */
  lean: Contender | null;
  base: number;
} & ({ kind: "split"; pytorch: Share | null; tensorflow: Share | null } | { kind: "trend"; before: Share | null; after: Share | null });

export type Confidence = "high" | "moderate" | "low";
export type Recommendation = {
  status: "recommended" | "no-clear-winner" | "not-enough-data";
  framework: Contender | null;
  confidence: Confidence | null;
  /** Whether the data or the team's current skills decided. */
  basis: "data" | "current-skills" | null;
  score: Record<Contender, number>;
  /** Why this confidence, in plain sentences. */
  why: string[];
  signals: SignalResult[];
};

const LABEL: Record<Contender, string> = { pytorch: "PyTorch", tensorflow: "TensorFlow" };

function splitSignal(id: SignalId, weight: number, counts: SplitCounts): SignalResult {
  const pytorch = shareOf(counts.pytorch, counts.base);
  const tensorflow = shareOf(counts.tensorflow, counts.base);
  const lean = counts.pytorch === counts.tensorflow ? null : counts.pytorch > counts.tensorflow ? "pytorch" : "tensorflow";
  const side = pytorch && tensorflow ? separate(pytorch, tensorflow) : "overlap";
  const status = counts.base < MIN_SIGNAL_BASE ? "thin" : side === "overlap" ? "overlap" : "clear";
  return { id, weight, status, lean, base: counts.base, kind: "split", pytorch, tensorflow };
}

function trendSignal(weight: number, counts: TrendCounts): SignalResult {
  const before = shareOf(counts.before.pytorch, counts.before.base);
  const after = shareOf(counts.after.pytorch, counts.after.base);
  const base = Math.min(counts.before.base, counts.after.base);
  const change = before && after ? after.share - before.share : 0;
  const lean = change === 0 ? null : change > 0 ? "pytorch" : "tensorflow";
  const side = before && after ? separate(after, before) : "overlap";
  const status = base < MIN_SIGNAL_BASE ? "thin" : side === "overlap" ? "overlap" : "clear";
  return { id: "trend", weight, status, lean, base, kind: "trend", before, after };
}

export function signalsOf(input: RecommendInput): SignalResult[] {
  const supplyWeight = input.hires > 0 ? HIRING_SUPPLY_WEIGHT : SIGNAL_WEIGHTS.supply;
  const splits: Array<[SignalId, SplitCounts | null, number]> = [
    ["demand", input.demand, SIGNAL_WEIGHTS.demand],
    ["use_case_fit", input.useCaseFit, SIGNAL_WEIGHTS.use_case_fit],
    ["research_fit", input.researchFit, SIGNAL_WEIGHTS.research_fit],
    ["production_fit", input.productionFit, SIGNAL_WEIGHTS.production_fit],
    ["edge_fit", input.edgeFit, SIGNAL_WEIGHTS.edge_fit],
    ["supply", input.supply, supplyWeight],
  ];
  const signals = splits.flatMap(([id, counts, weight]) => (counts ? [splitSignal(id, weight, counts)] : []));
  if (input.trend) signals.splice(1, 0, trendSignal(SIGNAL_WEIGHTS.trend, input.trend));
  return signals;
}

/** The team's one current framework of the two, if it uses exactly one (Keras counts as TensorFlow). */
export function currentFramework(skills: readonly Framework[]): Contender | null {
  const pytorch = skills.includes("pytorch");
  const tensorflow = skills.includes("tensorflow") || skills.includes("keras");
  return pytorch === tensorflow ? null : pytorch ? "pytorch" : "tensorflow";
}

export function recommend(input: RecommendInput): Recommendation {
  const signals = signalsOf(input);
  const usable = signals.filter((s) => s.status !== "thin");
  const clear = signals.filter((s) => s.status === "clear");
  const score: Record<Contender, number> = { pytorch: 0, tensorflow: 0 };
  for (const signal of clear) if (signal.lean) score[signal.lean] += signal.weight;
  const thinNote = thinSentence(signals);

  if (usable.length === 0) {
    return { status: "not-enough-data", framework: null, confidence: null, basis: null, score, why: [`No signal reaches ${MIN_SIGNAL_BASE} in its base.`, ...thinNote], signals };
  }
  const winner: Contender | null = score.pytorch === score.tensorflow ? null : score.pytorch > score.tensorflow ? "pytorch" : "tensorflow";
  if (!winner) {
    const current = currentFramework(input.skills);
    const reason = clear.length ? `Clear signals cancel out (${LABEL.pytorch} ${score.pytorch}, ${LABEL.tensorflow} ${score.tensorflow}).` : `None of the ${usable.length} signals with enough data separates the two frameworks.`;
    if (!current) return { status: "no-clear-winner", framework: null, confidence: null, basis: null, score, why: [reason, ...thinNote], signals };
    return {
      status: "recommended",
      framework: current,
      confidence: "low",
      basis: "current-skills",
      score,
      why: [reason, `The team already uses ${LABEL[current]}: the data gives no reason to pay for a switch.`, ...thinNote],
      signals,
    };
  }
  const loser = otherContender(winner);
  const forWinner = clear.filter((s) => s.lean === winner);
  const against = clear.filter((s) => s.lean === loser);
  const leaningAway = usable.filter((s) => s.lean === loser && s.status === "overlap");
  const demandCounts = usable.some((s) => s.id === "demand");
  const confidence: Confidence =
    forWinner.length >= 2 && against.length === 0 && leaningAway.length === 0 && demandCounts
      ? "high"
      : score[winner] >= 2 && score[winner] >= 2 * score[loser]
        ? "moderate"
        : "low";
  const why = [
    `${forWinner.length} of ${usable.length} signals with enough data clearly favour ${LABEL[winner]} (score ${score[winner]} to ${score[loser]}).`,
    ...(against.length ? [`${against.length} clearly favour ${LABEL[loser]}: ${against.map((s) => SIGNAL_LABELS[s.id]).join(", ")}.`] : []),
    ...(leaningAway.length ? [`${leaningAway.length} lean towards ${LABEL[loser]} without separating: ${leaningAway.map((s) => SIGNAL_LABELS[s.id]).join(", ")}.`] : []),
    ...(demandCounts ? [] : ["Hiring demand itself is too thin to count, so confidence cannot be high."]),
    ...thinNote,
  ];
  return { status: "recommended", framework: winner, confidence, basis: "data", score, why, signals };
}

function thinSentence(signals: readonly SignalResult[]): string[] {
  const thin = signals.filter((s) => s.status === "thin");
  return thin.length ? [`Too thin to count (under ${MIN_SIGNAL_BASE}): ${thin.map((s) => `${SIGNAL_LABELS[s.id]} (${s.base})`).join(", ")}.`] : [];
}

