import { Card } from "@tremor/react";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatCount } from "@/lib/ui/format";

type Props = {
  title: string;
  /** How many items the figure rests on, and what they are ("postings", "respondents"). */
  n: number;
  unit: string;
  /** The rows n counts (drill-down), where a page can list exactly them. */
  nHref?: string;
  /** A caveat shown under the figure (e.g. the survey sampling caveat). */
  caveat?: string;
  testId?: string;
  children: ReactNode;
};

/** Every chart says what it rests on; an empty selection says so instead of drawing noise. */
export function ChartCard({ title, n, unit, nHref, caveat, testId, children }: Props) {
  return (
    <Card className="card" data-testid={testId}>
      <h2 className="font-medium text-tremor-content-strong">{title}</h2>
      <p className="text-sm" data-testid={testId ? `${testId}-n` : undefined}>
        n ={" "}
        {nHref ? (
          <Link prefetch={false} href={nHref} className="text-tremor-brand-emphasis underline">
            {formatCount(n)}
          </Link>
        ) : (
          formatCount(n)
        )}{" "}
        {unit}
      </p>
      {n === 0 ? <p className="mt-4 text-sm">No data for this selection.</p> : children}
      {caveat ? (
        <p className="mt-3 text-xs text-tremor-content-subtle" title={caveat}>
          {caveat}
        </p>
      ) : null}
    </Card>
  );
}
