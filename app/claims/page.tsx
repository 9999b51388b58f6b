import { Card } from "@tremor/react";
import { getClaimsEvidence } from "@/db/queries/claims";
import { getDb } from "@/db/server-db";
import { CLAIM_IDS, judgeClaim } from "@/lib/claims/claims";
import { VERDICT_LABELS, VERDICT_RULE, VERDICTS } from "@/lib/claims/verdict";
import { formatMonth } from "@/lib/ui/format";
import type { RawSearchParams } from "@/lib/ui/search-params";
import { FilterForm } from "../components/filter-form";
import { ParamProblems } from "../components/param-problems";
import { ClaimCard } from "./claim-card";
import { parseClaimsParams } from "./search-params";

export const dynamic = "force-dynamic";

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { values: filter, problems } = parseClaimsParams(await searchParams);
  const evidence = getClaimsEvidence(getDb(), filter);
  const claims = CLAIM_IDS.map((id) => judgeClaim(id, evidence.checks[id]));
  const tally = VERDICTS.map((verdict) => [verdict, claims.filter((c) => c.verdict === verdict).length] as const);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Claims: what people say about the two frameworks, against the data</h1>
        <p className="mt-1 text-sm">
          Each claim is checked with one or more proxies, stated exactly: job ads by role, use case or wording, conference papers, survey
          answers and Stack Overflow questions. Posting checks read{" "}
          {evidence.window ? (
            <strong data-testid="claims-window">
              {formatMonth(evidence.window.from)} to {formatMonth(evidence.window.to)}
            </strong>
          ) : (
            "no postings yet"
          )}
          ; every number links to the postings or rows behind it.
        </p>
      </div>
      <ParamProblems problems={problems} />
      <FilterForm
        action="/claims"
        legend="Months of the posting checks"
        testId="claims-filters"
        fields={[
          { kind: "month", name: "from", label: "From month", value: filter.from, hint: "YYYY-MM; default: 12 months before the last" },
          { kind: "month", name: "to", label: "To month", value: filter.to, hint: "YYYY-MM; default: the last month stored" },
        ]}
      />
      <Card className="card" data-testid="verdict-rule">
        <h2 className="font-medium text-tremor-content-strong">The rule</h2>
        <p className="mt-1 text-sm">{VERDICT_RULE}</p>
        <p className="mt-2 text-sm" data-testid="verdict-tally">
          {tally.map(([verdict, count]) => `${VERDICT_LABELS[verdict]}: ${count}`).join(" · ")}
        </p>
      </Card>
      <div className="space-y-4" data-testid="claims">
        {claims.map((claim) => (
          <ClaimCard key={claim.id} claim={claim} />
        ))}
      </div>
    </div>
  );
}
