import "server-only";
import type { Contender } from "@/lib/evidence/compare";
import { EDGE_TERMS, PRODUCTION_ROLES } from "@/lib/evidence/proxies";
import type { RecommendInput, SplitCounts } from "@/lib/recommend/decide";
import { evidenceWindows, situationSchema, type MonthWindow, type Situation } from "@/lib/recommend/situation";
import type { Db } from "../client";
import { getPaperShareByYear } from "./adoption";
import { getFrameworkJobCounts, getLatestPostingMonth, getTrendSources, type FrameworkJobCounts, type JobScope } from "./framework-evidence";
import { getContenderPayFigures, getSurveyFrameworkCounts, type SurveyFrameworkCounts } from "./market-evidence";
import { listSurveyYears } from "./supply";

/** What each posting signal counted: its scope (for drill-down links) and its counts. */
export type JobEvidence = { scope: JobScope; counts: FrameworkJobCounts };
export type PaperEvidence = { year: string; pytorch: number; tensorflow: number; total: number; conferences: number };
/** `year`: the survey year the survey figures are of (null for job ads). */
export type PayEvidence = { origin: "posted" | "survey"; year: number | null; figures: Record<Contender, number[]> };

export type RecommendationEvidence = {
  situation: Situation;
  /** Null when no posting is stored: every posting signal is then absent. */
  windows: { recent: MonthWindow; previous: MonthWindow } | null;
  demand: JobEvidence | null;
  /** Only sources that can show a trend (db/queries/framework-evidence.ts getTrendSources). */
  trend: { before: JobEvidence; after: JobEvidence } | null;
  useCaseFit: JobEvidence | null;
  productionFit: JobEvidence | null;
  edgeFit: JobEvidence | null;
  researchFit: PaperEvidence | null;
  supply: SurveyFrameworkCounts | null;
  pay: PayEvidence[];
  input: RecommendInput;
};

const split = (counts: FrameworkJobCounts): SplitCounts => ({ pytorch: counts.pytorch, tensorflow: counts.tensorflow, base: counts.either });

function jobs(db: Db, scope: JobScope): JobEvidence {
  return { scope, counts: getFrameworkJobCounts(db, scope) };
}

/** Every number the recommendation rests on, for one situation. */
export function getRecommendationEvidence(db: Db, raw: Situation): RecommendationEvidence {
  const situation = situationSchema.parse(raw);
  const { region, roles, useCases, focus, deployment } = situation;
  const latest = getLatestPostingMonth(db);
  const windows = latest ? evidenceWindows(latest) : null;

  const recent = windows?.recent;
  const demand = recent ? jobs(db, { ...recent, region, roles }) : null;
  let trend: RecommendationEvidence["trend"] = null;
  if (windows) {
    const sources = getTrendSources(db, windows.previous, windows.recent);
    trend = { before: jobs(db, { ...windows.previous, sources, region, roles }), after: jobs(db, { ...windows.recent, sources, region, roles }) };
  }
  const useCaseFit = recent && useCases.length ? jobs(db, { ...recent, region, useCases }) : null;
  const productionFit = recent && focus !== "research" ? jobs(db, { ...recent, region, roles: [...PRODUCTION_ROLES] }) : null;
  const edgeFit = recent && deployment === "edge" ? jobs(db, { ...recent, region, terms: [...EDGE_TERMS] }) : null;
  const researchFit = focus !== "production" ? latestPapers(db) : null;
  const supply = getSurveyFrameworkCounts(db, { region, roles });
  const pay: PayEvidence[] = (["posted", "survey"] as const).map((origin) => ({
    origin,
    // getPayFigures reads the latest survey year when none is given.
    year: origin === "survey" ? (listSurveyYears(db)[0] ?? null) : null,
    figures: getContenderPayFigures(db, { origin, roles, region }),
  }));

  const input: RecommendInput = {
    skills: situation.skills,
    hires: situation.hires,
    demand: demand && split(demand.counts),
    trend: trend && { before: { pytorch: trend.before.counts.pytorch, base: trend.before.counts.either }, after: { pytorch: trend.after.counts.pytorch, base: trend.after.counts.either } },
    useCaseFit: useCaseFit && split(useCaseFit.counts),
    researchFit: researchFit && { pytorch: researchFit.pytorch, tensorflow: researchFit.tensorflow, base: researchFit.total },
    productionFit: productionFit && split(productionFit.counts),
    edgeFit: edgeFit && split(edgeFit.counts),
    supply: supply && { pytorch: supply.used.pytorch, tensorflow: supply.used.tensorflow, base: supply.sample },
  };
  return { situation, windows, demand, trend, useCaseFit, productionFit, edgeFit, researchFit, supply, pay, input };
}

/** Conference papers mentioning each framework in the latest conference year stored (as /trends pools them). */
export function latestPapers(db: Db): PaperEvidence | null {
  const rows = getPaperShareByYear(db);
  const year = rows.at(-1)?.year;
  if (!year) return null;
  const of = (framework: Contender) => rows.find((row) => row.year === year && row.framework === framework);
  const pytorch = of("pytorch");
  const tensorflow = of("tensorflow");
  const first = pytorch ?? tensorflow;
  if (!first) return null;
  return { year, pytorch: Math.round(pytorch?.papers ?? 0), tensorflow: Math.round(tensorflow?.papers ?? 0), total: Math.round(first.total), conferences: first.conferences };
}
