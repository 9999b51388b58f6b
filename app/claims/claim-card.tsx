import { Card } from "@tremor/react";
import Link from "next/link";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import type { JudgedCheck, JudgedClaim } from "@/lib/claims/claims";
import { VERDICT_LABELS, type Verdict } from "@/lib/claims/verdict";
import { CONTENDERS, otherContender } from "@/lib/evidence/compare";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatCount } from "@/lib/ui/format";
import { PayRows } from "../recommendations/pay-rows";
import { ShareRows } from "../recommendations/share-rows";
import { checkLinks } from "./check-links";

const VERDICT_STYLE: Record<Verdict, string> = {
  supported: "bg-emerald-100 text-emerald-900",
  contradicted: "bg-red-100 text-red-900",
  "not-enough-data": "bg-gray-100 text-gray-800",
};

export function VerdictBadge({ verdict, testId }: { verdict: Verdict; testId?: string }) {
  return (
    <span className={`rounded px-2 py-0.5 text-sm font-medium ${VERDICT_STYLE[verdict]}`} data-testid={testId} data-verdict={verdict}>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}

const nText = (check: JudgedCheck) => `n = ${formatCount(check.n)} ${check.unit}`;

/** One claim: its verdict and why, then each check with its proxy, numbers, n and links. */
export function ClaimCard({ claim }: { claim: JudgedClaim }) {
  return (
    <Card className="card" data-testid="claim" data-claim={claim.id} data-verdict={claim.verdict}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold text-tremor-content-strong">&ldquo;{claim.statement}&rdquo;</h2>
        <VerdictBadge verdict={claim.verdict} testId="claim-verdict" />
      </div>
      <p className="mt-1 text-sm" data-testid="claim-reason">
        {claim.reason}.
      </p>
      <p className="text-sm" data-testid="claim-n">
        {claim.checks.length ? claim.checks.map(nText).join("; ") : "n = 0: no data for any check"}
      </p>
      <div className="mt-3 space-y-4">
        {claim.checks.map((check) => (
          <CheckBlock key={check.id} check={check} />
        ))}
      </div>
    </Card>
  );
}

function CheckBlock({ check }: { check: JudgedCheck }) {
  const { links, wider } = checkLinks(check.source);
  return (
    <section className="border-t border-tremor-border pt-3" data-testid="check" data-check={check.id} data-verdict={check.result.verdict}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium text-tremor-content-strong">{check.label}</h3>
        <VerdictBadge verdict={check.result.verdict} />
        <span className="text-sm" data-testid="check-n">
          {nText(check)}
        </span>
      </div>
      <p className="mt-1 text-sm text-tremor-content" data-testid="check-proxy">
        Proxy: {check.proxy}
      </p>
      <CheckNumbers check={check} />
      <p className="mt-1 text-xs" data-testid="check-reason">
        Verdict: {check.result.reason}.
      </p>
      {check.source.kind === "papers" ? <p className="mt-1 text-xs text-tremor-content">Rows: {check.source.conferences} conference{check.source.conferences === 1 ? "" : "s"} of {check.source.year} in the papers series.</p> : null}
      {check.source.kind === "questions" ? <QuestionRows rows={check.source.rows} /> : null}
      {links.length ? (
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label={`Rows behind: ${check.label}`}>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-tremor-brand-emphasis underline focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {wider.length ? <p className="mt-1 text-xs text-tremor-content-subtle">The links show {wider.join("; ")}.</p> : null}
      {check.survey ? (
        <p className="mt-1 text-xs text-tremor-content-subtle" title={SURVEY_CAVEAT}>
          {SURVEY_CAVEAT}
        </p>
      ) : null}
    </section>
  );
}

function CheckNumbers({ check }: { check: JudgedCheck }) {
  switch (check.kind) {
    case "lead": {
      const claimed = check.claimed;
      const rows = [
        { key: claimed, label: FRAMEWORK_LABELS[claimed], color: FRAMEWORK_COLORS[claimed], share: check.result.claimed },
        { key: otherContender(claimed), label: FRAMEWORK_LABELS[otherContender(claimed)], color: FRAMEWORK_COLORS[otherContender(claimed)], share: check.result.other },
      ];
      return <ShareRows rows={rows} testId="check-shares" />;
    }
    case "rise": {
      const color = FRAMEWORK_COLORS[check.framework];
      const rows = [
        { key: "before", label: check.before.label, color, share: check.result.before },
        { key: "after", label: check.after.label, color, share: check.result.after },
      ];
      return <ShareRows rows={rows} testId="check-shares" />;
    }
    case "pay":
      return (
        <PayRows
          rows={CONTENDERS.map((framework) => ({ framework, n: check.figures[framework].length, median: framework === check.claimed ? check.result.claimed : check.result.other }))}
          testId="check-pay"
          className="mt-2"
        />
      );
  }
}

function QuestionRows({ rows }: { rows: ReadonlyArray<{ year: string; pytorch: number; tensorflow: number }> }) {
  return (
    <table className="mt-2 text-xs" data-testid="question-rows">
      <caption className="whitespace-nowrap text-left text-tremor-content">Rows: Stack Overflow questions per tag (series so_questions)</caption>
      <thead>
        <tr>
          <th className="pr-3 text-left font-normal">Year</th>
          <th className="pr-3 text-right font-normal">PyTorch</th>
          <th className="text-right font-normal">TensorFlow</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <td className="pr-3">{row.year}</td>
            <td className="pr-3 text-right tabular-nums">{formatCount(row.pytorch)}</td>
            <td className="text-right tabular-nums">{formatCount(row.tensorflow)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
