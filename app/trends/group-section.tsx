import { Table, TableBody, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import type { MonthlyFrameworkCounts } from "@/db/queries/trends";
import { FRAMEWORKS, type Framework } from "@/lib/taxonomy";
import type { Annotation } from "@/lib/trends/annotations";
import { shareSeries } from "@/lib/trends/share-series";
import { SOURCE_GROUP_LABELS, type SourceGroup } from "@/lib/trends/source-groups";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { postingsHref } from "@/lib/ui/drilldown";
import { formatCount, formatMonth, formatRange, formatShare } from "@/lib/ui/format";
import { isolatedMonths, movingAverageRows } from "@/lib/ui/trend-chart-rows";
import { ChartCard } from "../components/chart-card";
import { IntervalChart } from "../components/interval-chart";
import { SeriesLineChart } from "../components/series-line-chart";
import { ScrollRegion } from "@/app/components/scroll-region";
import { NUMBER_CELL, TABLE_ROW, TEXT_CELL } from "@/app/components/table-classes";

type Props = { group: SourceGroup; counts: MonthlyFrameworkCounts[]; annotations: Annotation[]; framework: Framework; note: string };

const GAP_LABEL: Record<SourceGroup, string> = { hn: "no thread", boards: "no postings" };

/** One series group: moving averages of every framework, one framework with its interval, the counts behind them. */
export function GroupSection({ group, counts, annotations, framework, note }: Props) {
  const jobs = counts.reduce((sum, row) => sum + row.postings, 0);
  const annotated = new Set(annotations.map((a) => a.month));
  const points = shareSeries(counts, framework);
  const byFramework = new Map(FRAMEWORKS.map((f) => [f, new Map(shareSeries(counts, f).map((p) => [p.month, p]))]));
  const label = FRAMEWORK_LABELS[framework];
  const isolated = isolatedMonths(counts);
  const source = group === "hn" ? "hn" : "boards";
  return (
    <section aria-labelledby={`group-${group}`} className="space-y-4" data-group={group}>
      <h2 id={`group-${group}`} className="text-xl font-semibold text-tremor-content-strong">
        {SOURCE_GROUP_LABELS[group]}
      </h2>
      <p className="text-sm">{note}</p>
      <ChartCard title="Share of jobs mentioning each framework, 3-month moving average" n={jobs} unit={`distinct jobs in ${counts.length} months`} testId={`ma-chart-${group}`}>
        <SeriesLineChart label={`Line chart: ${SOURCE_GROUP_LABELS[group]}, 3-month moving average of the share of jobs mentioning each framework, by month. The counts are in the table below.`} data={movingAverageRows(counts, annotated)} index="month" categories={FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f])} colors={FRAMEWORKS.map((f) => FRAMEWORK_COLORS[f])} format="share" gapLabel={GAP_LABEL[group]} />
        {isolated.length > 0 ? (
          <p className="mt-2 text-xs text-tremor-content" data-testid={`isolated-${group}`}>
            Months with no month of data beside them are not drawn as lines here; they are dots in the interval chart and rows in the table:{" "}
            {isolated.map(formatMonth).join(", ")}.
          </p>
        ) : null}
      </ChartCard>
      <ChartCard title={`${label}: monthly share with its 95% Wilson interval`} n={jobs} unit={`distinct jobs in ${counts.length} months`} testId={`interval-chart-${group}`}>
        <IntervalChart points={points} color={FRAMEWORK_COLORS[framework]} label={label} group={SOURCE_GROUP_LABELS[group]} annotated={[...annotated]} testId={`interval-svg-${group}`} />
      </ChartCard>
      {annotations.length > 0 ? (
        <div className="card rounded-tremor-default border border-tremor-border bg-white p-4" data-testid={`annotations-${group}`}>
          <h3 className="font-medium text-tremor-content-strong">Where the method or the source mix changes (▲ on the charts)</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {annotations.map((a) => (
              <li key={`${a.month}-${a.text}`} data-annotation-month={a.month}>
                <strong>{formatMonth(a.month)}</strong>: {a.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {counts.length > 0 ? (
        <div className="card rounded-tremor-default border border-tremor-border bg-white p-4">
          <h3 className="font-medium text-tremor-content-strong">Counts behind the charts: jobs naming the framework (share, 95% interval); each count opens its postings</h3>
          <ScrollRegion label={`Counts behind the ${SOURCE_GROUP_LABELS[group]} charts`} className="mt-2">
            <Table data-testid={`counts-${group}`}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Month</TableHeaderCell>
                  <TableHeaderCell className="text-right">Jobs</TableHeaderCell>
                  {FRAMEWORKS.map((f) => (
                    <TableHeaderCell key={f} className="text-right">
                      {FRAMEWORK_LABELS[f]}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell className="text-right">{label} 3-month avg.</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {points
                  .filter((p) => p.n > 0)
                  .map((p) => {
                    const monthLink = { source, from: p.month, to: p.month };
                    return (
                      <tr key={p.month} className={TABLE_ROW} data-month={p.month}>
                        <td className={TEXT_CELL}>{formatMonth(p.month)}</td>
                        <td className={NUMBER_CELL} data-col="postings">
                          <Link prefetch={false} href={postingsHref(monthLink)} className="underline decoration-dotted" aria-label={`${formatCount(p.n)} jobs in ${formatMonth(p.month)}: open the postings`}>
                            {formatCount(p.n)}
                          </Link>
                        </td>
                        {FRAMEWORKS.map((f) => {
                          const series = byFramework.get(f)?.get(p.month);
                          return (
                            <td key={f} className={NUMBER_CELL} data-col={f}>
                              <Link
                                prefetch={false}
                                href={postingsHref({ ...monthLink, framework: f })}
                                className="underline decoration-dotted"
                                aria-label={`${formatCount(series?.mentions ?? 0)} jobs naming ${FRAMEWORK_LABELS[f]} in ${formatMonth(p.month)}: open the postings`}
                              >
                                {formatCount(series?.mentions ?? 0)}
                              </Link>{" "}
                              <span className="text-tremor-content-subtle">
                                ({formatShare(series?.share ?? 0)}, {formatRange(series?.lower ?? 0, series?.upper ?? 0, formatShare)})
                              </span>
                            </td>
                          );
                        })}
                        <td className={NUMBER_CELL} data-col="average">
                          {p.movingAverage === null ? "–" : formatShare(p.movingAverage)}
                        </td>
                      </tr>
                    );
                  })}
              </TableBody>
            </Table>
          </ScrollRegion>
        </div>
      ) : null}
    </section>
  );
}
