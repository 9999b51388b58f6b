import { Card } from "@tremor/react";
import Link from "next/link";
import { ChartCard } from "../components/chart-card";
import type { Reason } from "./reasons";
import { PayRows } from "./pay-rows";
import { ShareRows } from "./share-rows";

const STATUS_TEXT: Record<Reason["status"], string> = {
  clear: "counts: the 95% intervals do not overlap",
  overlap: "does not count: the 95% intervals overlap",
  thin: "does not count: too few to compare",
  shown: "shown, not scored",
};

/** One reason: its sentence, its numbers with their n, and where to check them. */
export function ReasonCard({ reason }: { reason: Reason }) {
  const testId = `reason-${reason.id}`;
  if (reason.n === 0) {
    // ChartCard hides its body on n = 0; here the sentence saying why there is nothing is the point.
    return (
      <Card className="card" data-testid="reason" data-signal={reason.id} data-status={reason.status}>
        <h2 className="font-medium text-tremor-content-strong">{reason.title}</h2>
        <p className="text-sm" data-testid={`${testId}-n`}>
          n = 0 {reason.unit}
        </p>
        <p className="mt-2 text-sm" data-testid={`${testId}-statement`}>
          {reason.statement}
        </p>
        <p className="mt-2 text-xs text-tremor-content" data-testid={`${testId}-status`}>
          {STATUS_TEXT[reason.status]}.
        </p>
        {reason.caveat ? (
          <p className="mt-3 text-xs text-tremor-content-subtle" title={reason.caveat}>
            {reason.caveat}
          </p>
        ) : null}
      </Card>
    );
  }
  return (
    <div data-testid="reason" data-signal={reason.id} data-status={reason.status}>
      <ChartCard title={reason.title} n={reason.n} unit={reason.unit} caveat={reason.caveat} testId={testId}>
        <p className="mt-2 text-sm" data-testid={`${testId}-statement`}>
          {reason.statement}
        </p>
        {reason.rows.length > 0 ? <ShareRows rows={reason.rows} testId={`${testId}-shares`} /> : null}
        {reason.pay.length > 0 ? (
          <PayRows rows={reason.pay} testId={`${testId}-pay`} />
        ) : null}
        <p className="mt-2 text-xs text-tremor-content" data-testid={`${testId}-status`}>
          {reason.weight > 0 ? `Weight ${reason.weight}; ` : ""}
          {STATUS_TEXT[reason.status]}.
        </p>
        {reason.links.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label={`Where to check: ${reason.title}`}>
            {reason.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-tremor-brand-emphasis underline focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {reason.wider.length > 0 ? <p className="mt-1 text-xs text-tremor-content-subtle">The links show {reason.wider.join("; ")}.</p> : null}
      </ChartCard>
    </div>
  );
}
