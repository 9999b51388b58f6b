import type { JobEvidence, PayEvidence, RecommendationEvidence } from "@/db/queries/recommendation";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { CONTENDERS, medianOf, type Contender, type Median } from "@/lib/evidence/compare";
import { scopeLinks, salariesHref, talentHref, type EvidenceLink } from "@/lib/evidence/links";
import { EDGE_TERMS } from "@/lib/evidence/proxies";
import { REGION_LABELS } from "@/lib/geo/regions";
import { MIN_PAY_FIGURES } from "@/lib/claims/verdict";
import { type Recommendation, type SignalId, type SignalResult } from "@/lib/recommend/decide";
import type { MonthWindow } from "@/lib/recommend/situation";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { respondentsHref, withParams } from "@/lib/ui/drilldown";
import { formatCount, formatMonth, formatShare, formatUsd } from "@/lib/ui/format";
import { ROLE_LABELS, USE_CASE_LABELS } from "@/lib/ui/labels";
import type { ShareRow } from "./share-rows";

// Each signal of the recommendation as a reason on the page: a sentence with its numbers, the
// numbers themselves, its n, and links to where they can be checked.

export type PayRow = { framework: Contender; n: number; median: Median | null };
export type Reason = {
  id: SignalId | "pay-posted" | "pay-survey";
  title: string;
  statement: string;
  /** "shown": evidence that is not scored (pay). */
  status: SignalResult["status"] | "shown";
  weight: number;
  n: number;
  unit: string;
  rows: ShareRow[];
  pay: PayRow[];
  links: EvidenceLink[];
  /** What the links show more of than the figure counts. */
  wider: string[];
  caveat?: string;
};

const label = (f: Contender) => FRAMEWORK_LABELS[f];
const months = (w: MonthWindow) => `${formatMonth(w.from)}–${formatMonth(w.to)}`;

function splitRows(signal: SignalResult): ShareRow[] {
  if (signal.kind !== "split") return [];
  return CONTENDERS.map((f) => ({ key: f, label: label(f), color: FRAMEWORK_COLORS[f], share: signal[f] }));
}

function jobLinks(evidence: JobEvidence, suffix = ""): { links: EvidenceLink[]; wider: string[] } {
  const parts = CONTENDERS.map((f) => scopeLinks(evidence.scope, f, `${label(f)}${suffix}`));
  return { links: parts.flatMap((p) => p.links), wider: [...new Set(parts.flatMap((p) => p.wider))] };
}

function scopeWords(evidence: RecommendationEvidence): string {
  const { region, roles } = evidence.situation;
  return [region && `in ${REGION_LABELS[region]}`, roles.length > 0 && `for ${roles.map((r) => ROLE_LABELS[r]).join(" or ")}`].filter(Boolean).join(" ");
}

function describeSplit(signal: SignalResult, what: string): string {
  if (signal.kind !== "split") return "";
  if (signal.base === 0) return `No ${what}.`;
  const [a, b] = signal.lean === "tensorflow" ? (["tensorflow", "pytorch"] as const) : (["pytorch", "tensorflow"] as const);
  return `Of ${formatCount(signal.base)} ${what}, ${formatShare(signal[a]?.share ?? 0)} name ${label(a)} and ${formatShare(signal[b]?.share ?? 0)} ${label(b)}.`;
}

export function buildReasons(evidence: RecommendationEvidence, recommendation: Recommendation): Reason[] {
  const reasons: Reason[] = [];
  const windows = evidence.windows;
  const scope = scopeWords(evidence);
  const base = (signal: SignalResult, title: string, statement: string, unit: string, extra: Partial<Reason>): Reason => ({
    id: signal.id,
    title,
    statement,
    status: signal.status,
    weight: signal.weight,
    n: signal.base,
    unit,
    rows: splitRows(signal),
    pay: [],
    links: [],
    wider: [],
    ...extra,
  });
  for (const signal of recommendation.signals) {
    switch (signal.id) {
      case "demand": {
        if (!evidence.demand || !windows) break;
        const what = `jobs naming either framework ${months(windows.recent)}${scope ? ` ${scope}` : ""}`;
        reasons.push(base(signal, "Demand: share of job ads", describeSplit(signal, what), "jobs naming either framework", jobLinks(evidence.demand)));
        break;
      }
      case "trend": {
        const trend = evidence.trend;
        if (!trend || !windows || signal.kind !== "trend") break;
        const sources = trend.after.scope.sources ?? [];
        const statement =
          sources.length === 0
            ? `No source can show a trend from ${months(windows.previous)} to ${months(windows.recent)}: none has postings in both that are an archive (Hacker News) or were read before the earlier window began.`
            : `PyTorch's share of jobs naming either framework${scope ? ` ${scope}` : ""}: ${signal.before ? formatShare(signal.before.share) : "–"} in ${months(windows.previous)}, ${signal.after ? formatShare(signal.after.share) : "–"} in ${months(windows.recent)} (sources: ${sources.join(", ")}).`;
        const before = jobLinks(trend.before, `, ${months(windows.previous)}`);
        const after = jobLinks(trend.after, `, ${months(windows.recent)}`);
        reasons.push(
          base(signal, "Demand trend: last 12 months against the 12 before", statement, "jobs naming either framework (smaller window)", {
            rows: [
              { key: "before", label: `PyTorch, ${months(windows.previous)}`, color: FRAMEWORK_COLORS.pytorch, share: signal.before },
              { key: "after", label: `PyTorch, ${months(windows.recent)}`, color: FRAMEWORK_COLORS.pytorch, share: signal.after },
            ],
            links: [...before.links, ...after.links, { label: "Monthly shares on Trends", href: withParams("/trends", [["from", windows.previous.from], ["to", windows.recent.to]]) }],
            wider: [...new Set([...before.wider, ...after.wider])],
          }),
        );
        break;
      }
      case "use_case_fit": {
        if (!evidence.useCaseFit || !windows) break;
        const names = evidence.situation.useCases.map((u) => USE_CASE_LABELS[u]).join(", ");
        const links = jobLinks(evidence.useCaseFit);
        const what = `jobs in ${names} naming either framework ${months(windows.recent)}${evidence.situation.region ? ` in ${REGION_LABELS[evidence.situation.region]}` : ""}`;
        reasons.push(
          base(signal, "Use-case fit", describeSplit(signal, what), "jobs naming either framework", {
            links: [...links.links, { label: "Split per use case", href: withParams("/use-cases", [["from", windows.recent.from], ["to", windows.recent.to]]) }],
            wider: links.wider,
          }),
        );
        break;
      }
      case "research_fit": {
        const papers = evidence.researchFit;
        if (!papers) break;
        const statement = `Of ${formatCount(papers.total)} papers at ${papers.conferences} conference${papers.conferences === 1 ? "" : "s"} in ${papers.year}, ${formatShare(papers.pytorch / papers.total)} mention PyTorch and ${formatShare(papers.tensorflow / papers.total)} TensorFlow.`;
        reasons.push(base(signal, "Research fit: conference papers", statement, "papers", { links: [{ label: "Research-paper share on Trends", href: "/trends#adoption" }] }));
        break;
      }
      case "production_fit": {
        if (!evidence.productionFit || !windows) break;
        const what = `MLOps / ML platform jobs naming either framework ${months(windows.recent)}${evidence.situation.region ? ` in ${REGION_LABELS[evidence.situation.region]}` : ""}`;
        reasons.push(base(signal, "Production fit: MLOps job ads", describeSplit(signal, what), "jobs naming either framework", jobLinks(evidence.productionFit)));
        break;
      }
      case "edge_fit": {
        if (!evidence.edgeFit || !windows) break;
        const what = `jobs saying ${EDGE_TERMS.map((t) => `“${t}”`).join(", ")} and naming either framework ${months(windows.recent)}${evidence.situation.region ? ` in ${REGION_LABELS[evidence.situation.region]}` : ""}`;
        reasons.push(base(signal, "Mobile/edge fit: on-device job ads", describeSplit(signal, what), "jobs naming either framework", jobLinks(evidence.edgeFit)));
        break;
      }
      case "supply": {
        const supply = evidence.supply;
        if (!supply || signal.kind !== "split") break;
        const roles = evidence.situation.roles;
        const who = `respondents to the Stack Overflow ${supply.year} survey${scope ? ` ${scope}` : ""}`;
        const statement = supply.sample === 0 ? `No ${who}.` : `Of ${formatCount(supply.sample)} ${who}, ${formatShare(supply.used.pytorch / supply.sample)} used PyTorch and ${formatShare(supply.used.tensorflow / supply.sample)} TensorFlow.`;
        reasons.push(
          base(signal, "Talent supply: survey respondents", statement, "respondents", {
            links: [
              ...CONTENDERS.map((f) => ({ label: `${label(f)} users: ${formatCount(supply.used[f])}`, href: respondentsHref({ year: supply.year, role: roles, region: evidence.situation.region, framework: f, relation: "used" }) })),
              { label: `All ${formatCount(supply.sample)} respondents`, href: respondentsHref({ year: supply.year, role: roles, region: evidence.situation.region }) },
              { label: "Supply on Talent", href: talentHref({ year: supply.year, region: evidence.situation.region, role: roles.length === 1 ? roles[0] : undefined }) },
            ],
            wider: roles.length > 1 ? ["every role on Talent (it filters one role; the respondent links pool yours)"] : [],
            caveat: SURVEY_CAVEAT,
          }),
        );
        break;
      }
    }
  }
  for (const pay of evidence.pay) reasons.push(payReason(pay, evidence));
  return reasons;
}

function payReason(pay: PayEvidence, evidence: RecommendationEvidence): Reason {
  const rows: PayRow[] = CONTENDERS.map((f) => ({ framework: f, n: pay.figures[f].length, median: pay.figures[f].length >= MIN_PAY_FIGURES ? medianOf(pay.figures[f]) : null }));
  const [pt, tf] = rows as [PayRow, PayRow];
  const what = pay.origin === "posted" ? "US-dollar job ads stating pay (midpoint of the yearly range)" : "survey respondents' total yearly pay in USD";
  const statement =
    pt.median && tf.median
      ? `Median ${what}: PyTorch ${formatUsd(pt.median.median)}, TensorFlow ${formatUsd(tf.median.median)}; a ${pt.median.median >= tf.median.median ? "PyTorch" : "TensorFlow"} premium of ${formatUsd(Math.abs(pt.median.median - tf.median.median))} a year.`
      : `Fewer than ${MIN_PAY_FIGURES} pay figures for ${[pt, tf].filter((r) => !r.median).map((r) => label(r.framework)).join(" and ")}: no median is shown.`;
  const roles = evidence.situation.roles;
  return {
    id: pay.origin === "posted" ? "pay-posted" : "pay-survey",
    title: pay.origin === "posted" ? "Pay: posted salaries" : "Pay: survey salaries",
    statement,
    status: "shown",
    weight: 0,
    n: pt.n + tf.n,
    unit: "pay figures",
    rows: [],
    pay: rows,
    links: [
      ...(pay.origin === "survey" && pay.year !== null ? surveyPayLinks(pay.year, rows, evidence) : []),
      { label: `Bands on Salaries`, href: salariesHref({ origin: pay.origin, region: evidence.situation.region, role: roles.length === 1 ? roles[0] : undefined }) },
    ],
    wider: roles.length > 1 ? [`every role on Salaries (it filters one role${pay.origin === "survey" ? "; the respondent links pool yours" : ""})`] : [],
    caveat: pay.origin === "survey" ? SURVEY_CAVEAT : undefined,
  };
}


/** The respondents behind each framework's survey pay figures: those who used it and stated pay. */
function surveyPayLinks(year: number, rows: PayRow[], evidence: RecommendationEvidence): EvidenceLink[] {
  return rows.map((row) => ({
    label: `${label(row.framework)} pay figures: ${formatCount(row.n)}`,
    href: respondentsHref({ year, role: evidence.situation.roles, region: evidence.situation.region, framework: row.framework, relation: "used", hasPay: true }),
  }));
}
