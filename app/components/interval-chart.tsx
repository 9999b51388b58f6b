import type { SharePoint } from "@/lib/trends/share-series";
import { formatMonth, formatShare } from "@/lib/ui/format";
import { CHART_BOX, intervalGeometry } from "@/lib/ui/interval-chart-geometry";
import { ScrollRegion } from "./scroll-region";

type Props = { points: SharePoint[]; color: string; label: string; /** The series group it is drawn from ("Hacker News"). */ group: string; annotated: readonly string[]; testId?: string };

// Tremor's line chart cannot draw an interval or a month with no neighbour, so this one is plain SVG:
// a dot per month with data, its 95% whisker, the moving average broken at gaps, ▲ where notes fall.
export function IntervalChart({ points, color, label, group, annotated, testId }: Props) {
  const g = intervalGeometry(points);
  const box = CHART_BOX;
  const titleId = `${testId ?? "interval"}-title`;
  const withData = points.filter((p) => p.share !== null);
  return (
    <figure className="mt-4" data-testid={testId} data-chart>
      {/* Never drawn narrower than its own units, so its 12px labels stay 12px: a phone scrolls it sideways. */}
      <ScrollRegion label={`${group}: ${label} interval chart`}>
        <svg viewBox={`0 0 ${box.width} ${box.height}`} className="h-auto w-full min-w-[800px]" role="img" aria-labelledby={titleId}>
          <title id={titleId}>
            {`${group}, ${label}: monthly share of jobs with its 95% interval and 3-month average, ${withData.length} months with data from ${points[0] ? formatMonth(points[0].month) : "–"} to ${points.at(-1) ? formatMonth(points.at(-1)?.month ?? "") : "–"}`}
          </title>
          {g.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={box.left} x2={box.width - box.right} y1={t.y} y2={t.y} className="stroke-gray-200" strokeWidth={1} />
              <text x={box.left - 6} y={t.y + 4} textAnchor="end" className="fill-gray-500 text-[12px]">
                {formatShare(t.value)}
              </text>
            </g>
          ))}
          {g.xTicks.map((t) => (
            <text key={t.month} x={t.x} y={box.height - 8} textAnchor="middle" className="fill-gray-500 text-[12px]">
              {formatMonth(t.month)}
            </text>
          ))}
          {annotated.map((month) => {
            const x = g.xOf(month);
            return x === null ? null : (
              <g key={month}>
                <line x1={x} x2={x} y1={box.top} y2={box.height - box.bottom} className="stroke-gray-400" strokeDasharray="4 3" />
                <text x={x} y={box.top - 4} textAnchor="middle" className="fill-gray-600 text-[12px]">
                  ▲
                </text>
              </g>
            );
          })}
          {g.marks.map((m) => (
            <g key={m.month} data-month={m.month}>
              <line x1={m.x} x2={m.x} y1={m.low} y2={m.high} className={`stroke-${color}-300`} strokeWidth={3} strokeLinecap="round" />
              <circle cx={m.x} cy={m.y} r={3.5} className={`fill-${color}-500`} />
            </g>
          ))}
          {g.averageRuns.map((run) =>
            run.length === 1 && run[0] ? (
              <line key={run[0].x} x1={run[0].x - 6} x2={run[0].x + 6} y1={run[0].y} y2={run[0].y} className="stroke-gray-700" strokeWidth={2} />
            ) : (
              <polyline key={run[0]?.x} points={run.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" className="stroke-gray-700" strokeWidth={2} />
            ),
          )}
        </svg>
      </ScrollRegion>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-xs text-tremor-content">
        <span>
          <span className={`inline-block h-2 w-2 rounded-full bg-${color}-500`} aria-hidden /> {label}, monthly share
        </span>
        <span>
          <span className={`inline-block h-3 w-1 bg-${color}-300`} aria-hidden /> 95% Wilson interval
        </span>
        <span>
          <span className="inline-block h-0.5 w-4 bg-gray-700 align-middle" aria-hidden /> 3-month moving average
        </span>
        {annotated.length ? <span>▲ a change in method or source mix (listed below)</span> : null}
      </figcaption>
    </figure>
  );
}
