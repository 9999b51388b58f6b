import { Card } from "@tremor/react";
import { getRecommendationEvidence } from "@/db/queries/recommendation";
import { getDb } from "@/db/server-db";
import { DECISION_RULES, recommend } from "@/lib/recommend/decide";
import { trainingPath } from "@/lib/recommend/training-path";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatMonth } from "@/lib/ui/format";
import type { RawSearchParams } from "@/lib/ui/search-params";
import { ParamProblems } from "../components/param-problems";
import { buildReasons } from "./reasons";
import { ReasonCard } from "./reason-card";
import { parseRecommendationParams } from "./search-params";
import { SituationForm } from "./situation-form";

export const dynamic = "force-dynamic";

const CONFIDENCE_TEXT = { high: "High confidence", moderate: "Moderate confidence", low: "Low confidence" } as const;

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { values: situation, problems } = parseRecommendationParams(await searchParams);
  const evidence = getRecommendationEvidence(getDb(), situation);
  const recommendation = recommend(evidence.input);
  const reasons = buildReasons(evidence, recommendation);
  const path = recommendation.framework ? trainingPath({ framework: recommendation.framework, skills: situation.skills, focus: situation.focus, deployment: situation.deployment, useCases: situation.useCases }) : [];
  const headline =
    recommendation.status === "recommended" && recommendation.framework
      ? `Recommended: ${FRAMEWORK_LABELS[recommendation.framework]}`
      : recommendation.status === "no-clear-winner"
        ? "No clear winner: the data does not separate the two"
        : "Not enough data for a recommendation";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Recommendations: PyTorch or TensorFlow for your team</h1>
        <p className="mt-1 text-sm">
          State your team&rsquo;s situation; the recommendation weighs hiring demand, its trend, the fit with your use cases and your research or
          production focus, and the supply of people who use each framework. Every reason shows its numbers, the n they rest on and a link to
          them. {evidence.windows ? `Job ads: ${formatMonth(evidence.windows.recent.from)} to ${formatMonth(evidence.windows.recent.to)}, the last 12 months stored.` : ""}
        </p>
      </div>
      <ParamProblems problems={problems} />
      <SituationForm situation={situation} />

      <Card className="card" data-testid="recommendation" data-status={recommendation.status}>
        <h2 className="text-xl font-semibold text-tremor-content-strong" data-testid="recommended-framework" data-framework={recommendation.framework ?? ""}>
          {headline}
        </h2>
        <p className="mt-1 text-sm font-medium" data-testid="confidence" data-confidence={recommendation.confidence ?? ""}>
          {recommendation.confidence ? CONFIDENCE_TEXT[recommendation.confidence] : "No confidence to state"}
          {recommendation.basis === "current-skills" ? " — decided by what your team already uses, not by the data" : ""}
        </p>
        <ul className="mt-2 list-disc pl-5 text-sm" data-testid="confidence-why">
          {recommendation.why.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Card>

      {path.length > 0 ? (
        <Card className="card" data-testid="training-path">
          <h2 className="font-medium text-tremor-content-strong">Training path, in order</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
            {path.map((step) => (
              <li key={step.id} data-step={step.id}>
                <span className="font-medium text-tremor-content-strong">{step.title}</span>
                {step.known ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">your team uses it</span> : null}
                <span className="block text-tremor-content">{step.detail}</span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs text-tremor-content-subtle">The path is advice that follows from the choice, not a figure from the data.</p>
        </Card>
      ) : null}

      <section aria-labelledby="reasons-heading" className="space-y-3">
        <h2 id="reasons-heading" className="text-xl font-semibold text-tremor-content-strong">
          The reasons, with their numbers
        </h2>
        <div className="grid gap-4 lg:grid-cols-2" data-testid="reasons">
          {reasons.map((reason) => (
            <ReasonCard key={reason.id} reason={reason} />
          ))}
        </div>
      </section>

      <Card className="card" data-testid="decision-rules">
        <h2 className="font-medium text-tremor-content-strong">How the recommendation is decided</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          {DECISION_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ol>
        <p className="mt-3 text-sm">
          Job ads show what employers ask for, not what teams run; a job can name both frameworks. Survey figures describe the people who
          answered. Pay differences between the frameworks mix role, seniority and place.
        </p>
      </Card>
    </div>
  );
}
