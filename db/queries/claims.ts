import "server-only";
import { z } from "zod";
import type { CheckInput, ClaimId } from "@/lib/claims/claims";
import { CONTENDERS, type Contender } from "@/lib/evidence/compare";
import { EDGE_RUNTIME_TERMS, EDGE_TERMS, ENTERPRISE_TERMS, PRODUCTION_ROLES, PRODUCTION_TERMS, RESEARCH_ROLES } from "@/lib/evidence/proxies";
import { addMonths, monthSchema } from "@/lib/months";
import { evidenceWindows, windowBefore, type MonthWindow } from "@/lib/recommend/situation";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatMonth } from "@/lib/ui/format";
import type { Db } from "../client";
import { getFrameworkJobCounts, getLatestPostingMonth, getPostingMonthRange, getTermGroupJobCounts, getTrendSources, type JobScope } from "./framework-evidence";
import { getPayFigures, getQuestionsByYear, getSurveyFrameworkCounts } from "./market-evidence";
import { latestPapers } from "./recommendation";
import { listSurveyYears } from "./supply";

export const claimsFilterSchema = z.object({
  /** The months the posting checks read; absent → the last 12 months with postings. */
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type ClaimsFilter = z.infer<typeof claimsFilterSchema>;

export type ClaimsEvidence = { window: MonthWindow | null; previous: MonthWindow | null; checks: Record<ClaimId, CheckInput[]> };

const range = (w: MonthWindow) => (w.from === w.to ? formatMonth(w.from) : `${formatMonth(w.from)}–${formatMonth(w.to)}`);

/** The numbers behind every claim's checks; a check with no data at all is left out, not faked. */
export function getClaimsEvidence(db: Db, filter: ClaimsFilter): ClaimsEvidence {
  const latest = getLatestPostingMonth(db);
  const window = latest ? { from: filter.from ?? evidenceWindows(filter.to ?? latest).recent.from, to: filter.to ?? latest } : null;
  const previous = window && windowBefore(window);
  const lead = (claimed: Contender, id: string, label: string, proxy: string, scope: JobScope | null): CheckInput[] => {
    if (!scope) return [];
    const counts = getFrameworkJobCounts(db, scope);
    const links = CONTENDERS.map((framework) => ({ scope, framework, label: FRAMEWORK_LABELS[framework] }));
    return [{ id, label, proxy, unit: "jobs naming either framework", survey: false, source: { kind: "jobs", links }, kind: "lead", claimed, counts: { pytorch: counts.pytorch, tensorflow: counts.tensorflow, base: counts.either } }];
  };
  const inWindow = (scope: Omit<JobScope, "from" | "to">): JobScope | null => (window ? { ...window, ...scope } : null);
  const months = window ? range(window) : "";

  const checks: Record<ClaimId, CheckInput[]> = {
    "pytorch-research": [...paperCheck(db), ...lead("pytorch", "research-jobs", "Research job ads", `Jobs labelled research scientist or research engineer, ${months}.`, inWindow({ roles: [...RESEARCH_ROLES] }))],
    "pytorch-nlp": lead("pytorch", "nlp-jobs", "NLP / LLM job ads", `Jobs labelled with the NLP / LLMs use case, ${months}.`, inWindow({ useCases: ["nlp_llm"] })),
    "tensorflow-production": [
      ...lead("tensorflow", "mlops-jobs", "MLOps job ads", `Jobs labelled MLOps / ML platform engineer (the role that runs models in production), ${months}.`, inWindow({ roles: [...PRODUCTION_ROLES] })),
      ...lead("tensorflow", "production-terms", "Production wording", `Jobs whose text says ${PRODUCTION_TERMS.map((t) => `“${t}”`).join(", ")}, ${months}.`, inWindow({ terms: [...PRODUCTION_TERMS] })),
    ],
    "tensorflow-enterprise": lead("tensorflow", "enterprise-terms", "Enterprise wording", `Jobs whose text says “enterprise” (as a customer or a setting), ${months}.`, inWindow({ terms: [...ENTERPRISE_TERMS] })),
    "tensorflow-mobile-edge": [
      ...lead("tensorflow", "edge-terms", "On-device wording", `Jobs whose text says ${EDGE_TERMS.map((t) => `“${t}”`).join(", ")}, ${months}.`, inWindow({ terms: [...EDGE_TERMS] })),
      ...edgeRuntimeCheck(db, inWindow({}), months),
    ],
    "tensorflow-time-series": lead("tensorflow", "time-series-jobs", "Time-series job ads", `Jobs labelled with the time-series use case, ${months}.`, inWindow({ useCases: ["time_series"] })),
    "pytorch-research-pay": payChecks(db),
    "pytorch-talent-growth": talentChecks(db),
    "pytorch-industry-growth": industryChecks(db, window, previous),
  };
  return { window, previous, checks };
}

function paperCheck(db: Db): CheckInput[] {
  const papers = latestPapers(db);
  if (!papers) return [];
  return [
    {
      id: "papers",
      label: "Conference papers",
      proxy: `Papers at the ${papers.conferences} conference${papers.conferences === 1 ? "" : "s"} of ${papers.year} in the pytorch-vs-tensorflow series that mention each framework, out of all their papers.`,
      unit: "papers",
      survey: false,
      source: { kind: "papers", year: papers.year, conferences: papers.conferences },
      kind: "lead",
      claimed: "pytorch",
      counts: { pytorch: papers.pytorch, tensorflow: papers.tensorflow, base: papers.total },
    },
  ];
}

function edgeRuntimeCheck(db: Db, scope: JobScope | null, months: string): CheckInput[] {
  if (!scope) return [];
  const counts = getTermGroupJobCounts(db, scope, EDGE_RUNTIME_TERMS);
  const terms = (f: Contender) => EDGE_RUNTIME_TERMS[f].map((t) => `“${t}”`).join(", ");
  return [
    {
      id: "edge-runtimes",
      label: "On-device runtimes named",
      proxy: `Jobs naming TensorFlow's on-device runtimes (${terms("tensorflow")}) against PyTorch's (${terms("pytorch")}), out of jobs naming any of them, ${months}.`,
      unit: "jobs naming an on-device runtime",
      survey: false,
      source: { kind: "jobs", links: CONTENDERS.map((f) => ({ scope: { ...scope, terms: [...EDGE_RUNTIME_TERMS[f]] }, label: `${FRAMEWORK_LABELS[f]} runtime` })) },
      kind: "lead",
      claimed: "tensorflow",
      counts: { pytorch: counts.pytorch, tensorflow: counts.tensorflow, base: counts.any },
    },
  ];
}

function payChecks(db: Db): CheckInput[] {
  const roles = [...RESEARCH_ROLES];
  const figures = (origin: "posted" | "survey") => Object.fromEntries(CONTENDERS.map((f) => [f, getPayFigures(db, { origin, framework: f, roles })])) as Record<Contender, number[]>;
  const year = listSurveyYears(db)[0];
  const survey: CheckInput[] =
    year === undefined
      ? []
      : [
          {
            id: "survey-research-pay",
            label: "Survey pay of researchers",
            proxy: `Total yearly pay in USD of Stack Overflow ${year} respondents in research roles who used each framework.`,
            unit: "pay figures",
            survey: true,
            source: {
              kind: "survey-pay",
              year,
              roles,
              rows: CONTENDERS.map((f) => ({ label: `${FRAMEWORK_LABELS[f]} pay figures`, scope: { year, role: roles, framework: f, relation: "used", hasPay: true } })),
            },
            kind: "pay",
            claimed: "pytorch",
            figures: figures("survey"),
          },
        ];
  return [
    ...survey,
    {
      id: "posted-research-pay",
      label: "Posted pay of research jobs",
      proxy: "Midpoint of the posted yearly range of US-dollar job ads in research roles naming each framework, every month stored.",
      unit: "pay figures",
      survey: false,
      source: { kind: "posted-pay", roles },
      kind: "pay",
      claimed: "pytorch",
      figures: figures("posted"),
    },
  ];
}

function talentChecks(db: Db): CheckInput[] {
  const years = listSurveyYears(db);
  const checks: CheckInput[] = [];
  const latest = years[0] === undefined ? null : getSurveyFrameworkCounts(db, { year: years[0] });
  if (latest) {
    checks.push({
      id: "survey-newcomers",
      label: "Newcomers in the survey",
      proxy: `Stack Overflow ${latest.year} respondents who want to work with the framework next year and did not use it this year, out of all respondents.`,
      unit: "respondents",
      survey: true,
      source: {
        kind: "survey",
        year: latest.year,
        roles: [],
        rows: [
          ...CONTENDERS.map((f) => ({ label: `${FRAMEWORK_LABELS[f]} newcomers ${latest.year}`, scope: { year: latest.year, framework: f, relation: "new" as const } })),
          { label: `All respondents ${latest.year}`, scope: { year: latest.year } },
        ],
      },
      kind: "lead",
      claimed: "pytorch",
      counts: { pytorch: latest.newcomers.pytorch, tensorflow: latest.newcomers.tensorflow, base: latest.sample },
    });
  }
  const oldestYear = years.at(-1);
  if (latest && oldestYear !== undefined && oldestYear !== latest.year) {
    const oldest = getSurveyFrameworkCounts(db, { year: oldestYear });
    if (oldest) {
      checks.push({
        id: "survey-users-share",
        label: "PyTorch's share of framework users, survey to survey",
        proxy: `Respondents who used PyTorch, out of those who used PyTorch or TensorFlow, Stack Overflow ${oldest.year} against ${latest.year}.`,
        unit: "respondents using either",
        survey: true,
        source: {
          kind: "survey",
          year: latest.year,
          roles: [],
          rows: [oldest.year, latest.year].flatMap((year) => [
            { label: `PyTorch users ${year}`, scope: { year, framework: "pytorch", relation: "used" as const } },
            { label: `PyTorch or TensorFlow users ${year}`, scope: { year, framework: [...CONTENDERS], relation: "used" as const } },
          ]),
        },
        kind: "rise",
        framework: "pytorch",
        before: { count: oldest.used.pytorch, base: oldest.usedEither, label: String(oldest.year) },
        after: { count: latest.used.pytorch, base: latest.usedEither, label: String(latest.year) },
      });
    }
  }
  const questions = getQuestionsByYear(db).filter((row) => row.pytorch + row.tensorflow > 0);
  const [before, after] = questions.slice(-2);
  if (before && after) {
    checks.push({
      id: "so-questions",
      label: "Stack Overflow questions",
      proxy: `PyTorch's share of the questions tagged PyTorch or TensorFlow, ${before.year} against ${after.year} (AI Index 2020; the last year is partial, which a share tolerates).`,
      unit: "questions",
      survey: false,
      source: { kind: "questions", rows: [before, after] },
      kind: "rise",
      framework: "pytorch",
      before: { count: Math.round(before.pytorch), base: Math.round(before.pytorch + before.tensorflow), label: before.year },
      after: { count: Math.round(after.pytorch), base: Math.round(after.pytorch + after.tensorflow), label: after.year },
    });
  }
  return checks;
}

function industryChecks(db: Db, window: MonthWindow | null, previous: MonthWindow | null): CheckInput[] {
  const checks: CheckInput[] = [];
  const rise = (id: string, label: string, proxy: string, before: JobScope & MonthWindow, after: JobScope & MonthWindow): CheckInput => {
    const b = getFrameworkJobCounts(db, before);
    const a = getFrameworkJobCounts(db, after);
    return {
      id,
      label,
      proxy,
      unit: "jobs",
      survey: false,
      source: {
        kind: "jobs",
        links: [
          { scope: before, framework: "pytorch", label: `PyTorch, ${range(before)}` },
          { scope: after, framework: "pytorch", label: `PyTorch, ${range(after)}` },
          { scope: before, label: `All jobs, ${range(before)}` },
          { scope: after, label: `All jobs, ${range(after)}` },
        ],
      },
      kind: "rise",
      framework: "pytorch",
      before: { count: b.pytorch, base: b.jobs, label: range(before) },
      after: { count: a.pytorch, base: a.jobs, label: range(after) },
    };
  };
  if (window && previous) {
    const sources = getTrendSources(db, previous, window);
    checks.push(
      rise("recent-jobs", "Job ads, window against the one before", `Share of all jobs naming PyTorch, ${range(previous)} against ${range(window)}, counting only sources with postings in both that are an archive or were read before the earlier window began (${sources.join(", ") || "none"}).`, { ...previous, sources }, { ...window, sources }),
    );
  }
  const hn = getPostingMonthRange(db, "hn");
  if (hn) {
    const first = { from: hn.first, to: addMonths(hn.first, 11) };
    const last = { from: addMonths(hn.last, -11), to: hn.last };
    if (first.to < last.from) {
      checks.push(rise("hn-long-run", "Hacker News, first year stored against the last", `Share of all Hacker News “Who is hiring?” jobs naming PyTorch, ${range(first)} against ${range(last)} (months without a stored thread count nothing).`, { ...first, sources: ["hn"] }, { ...last, sources: ["hn"] }));
    }
  }
  return checks;
}
