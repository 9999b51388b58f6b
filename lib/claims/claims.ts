import type { Contender } from "@/lib/evidence/compare";
import type { EvidenceScope } from "@/lib/evidence/links";
import type { Role } from "@/lib/taxonomy";
import type { RespondentsScope } from "@/lib/ui/drilldown";
import { formatUsd } from "@/lib/ui/format";
import { combineVerdicts, leadVerdict, payVerdict, riseVerdict, type CheckVerdict, type LeadResult, type PayResult, type RiseResult, type Verdict } from "./verdict";

// The common claims about the two frameworks, and how each is checked against the data.

export const CLAIM_IDS = [
  "pytorch-research",
  "pytorch-nlp",
  "tensorflow-production",
  "tensorflow-enterprise",
  "tensorflow-mobile-edge",
  "tensorflow-time-series",
  "pytorch-research-pay",
  "pytorch-talent-growth",
  "pytorch-industry-growth",
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

export const CLAIM_STATEMENTS: Record<ClaimId, string> = {
  "pytorch-research": "PyTorch leads research",
  "pytorch-nlp": "PyTorch leads NLP",
  "tensorflow-production": "TensorFlow leads production",
  "tensorflow-enterprise": "TensorFlow leads the enterprise",
  "tensorflow-mobile-edge": "TensorFlow leads mobile and edge",
  "tensorflow-time-series": "TensorFlow leads time series",
  "pytorch-research-pay": "PyTorch researchers earn more",
  "pytorch-talent-growth": "PyTorch talent grows faster",
  "pytorch-industry-growth": "PyTorch adoption grows in industry too",
};

/** Where a check's numbers come from, for its links and the rows shown beside it. */
export type CheckSource =
  | { kind: "jobs"; /** The postings behind the figure: each scope naming the framework (none: any job in the scope). */ links: ReadonlyArray<{ scope: EvidenceScope; framework?: Contender; label: string }> }
  | { kind: "papers"; year: string; conferences: number }
  | { kind: "survey"; year: number; roles: readonly Role[]; /** The respondents behind each count. */ rows: readonly SurveyRowsLink[] }
  | { kind: "survey-pay"; year: number; roles: readonly Role[]; rows: readonly SurveyRowsLink[] }
  | { kind: "posted-pay"; roles: readonly Role[] }
  | { kind: "questions"; rows: ReadonlyArray<{ year: string; pytorch: number; tensorflow: number }> };

export type SurveyRowsLink = { label: string; scope: RespondentsScope };

type CheckBase = { id: string; label: string; /** Exactly what is counted. */ proxy: string; unit: string; source: CheckSource; survey: boolean };
export type CheckInput = CheckBase &
  (
    | { kind: "lead"; claimed: Contender; counts: { pytorch: number; tensorflow: number; base: number } }
    | { kind: "rise"; framework: Contender; before: { count: number; base: number; label: string }; after: { count: number; base: number; label: string } }
    | { kind: "pay"; claimed: Contender; figures: Record<Contender, readonly number[]> }
  );

export type JudgedCheck = CheckInput & { n: number; /** Not decisive, but its point estimates go against the claim. */ leansAgainst: boolean } & ({ kind: "lead"; result: LeadResult } | { kind: "rise"; result: RiseResult } | { kind: "pay"; result: PayResult });
export type JudgedClaim = { id: ClaimId; statement: string; checks: JudgedCheck[] } & CheckVerdict;

const other = (f: Contender): Contender => (f === "pytorch" ? "tensorflow" : "pytorch");

export function judgeCheck(check: CheckInput): JudgedCheck {
  const open = (verdict: Verdict, against: boolean) => verdict === "not-enough-data" && against;
  switch (check.kind) {
    case "lead": {
      const result = leadVerdict({ claimed: check.counts[check.claimed], other: check.counts[other(check.claimed)], base: check.counts.base });
      return { ...check, n: check.counts.base, leansAgainst: open(result.verdict, (result.claimed?.share ?? 0) < (result.other?.share ?? 0)), result };
    }
    case "rise": {
      const result = riseVerdict({ before: check.before, after: check.after });
      return { ...check, n: check.before.base + check.after.base, leansAgainst: open(result.verdict, !!result.before && !!result.after && result.after.share < result.before.share), result };
    }
    case "pay": {
      const result = payVerdict(check.figures[check.claimed], check.figures[other(check.claimed)], formatUsd);
      return { ...check, n: check.figures.pytorch.length + check.figures.tensorflow.length, leansAgainst: open(result.verdict, !!result.claimed && !!result.other && result.claimed.median < result.other.median), result };
    }
  }
}

export function judgeClaim(id: ClaimId, checks: readonly CheckInput[]): JudgedClaim {
  const judged = checks.map(judgeCheck);
  const combined = combineVerdicts(judged.map((c) => c.result.verdict));
  const leaning = judged.filter((c) => c.leansAgainst).map((c) => c.label);
  const reason = leaning.length ? `${combined.reason}; ${leaning.join(" and ")} lean${leaning.length === 1 ? "s" : ""} the other way without separating` : combined.reason;
  return { id, statement: CLAIM_STATEMENTS[id], checks: judged, verdict: combined.verdict, reason };
}
