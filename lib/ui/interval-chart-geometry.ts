import type { SharePoint } from "@/lib/trends/share-series";

export type Box = { width: number; height: number; left: number; right: number; top: number; bottom: number };
export const CHART_BOX: Box = { width: 800, height: 260, left: 52, right: 12, top: 16, bottom: 30 };

/** The smallest "round" share at or above `value` (5%, 10%, 20%, 25%, 50%, 100%), so ticks read well. */
export function niceShareMax(value: number): number {
  for (const step of [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1]) if (value <= step) return step;
  return 1;
}

export type IntervalGeometry = {
  yTicks: Array<{ y: number; value: number }>;
  xTicks: Array<{ x: number; month: string }>;
  marks: Array<{ month: string; x: number; y: number; low: number; high: number }>;
  /** The moving average as runs of consecutive months (a month without data breaks the line). */
  averageRuns: Array<Array<{ x: number; y: number }>>;
  xOf(month: string): number | null;
};

/** Where everything of an interval chart goes, in the coordinates of CHART_BOX. */
export function intervalGeometry(points: readonly SharePoint[], box: Box = CHART_BOX, xTickCount = 6): IntervalGeometry {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const max = niceShareMax(Math.max(0, ...points.map((p) => p.upper ?? 0)));
  const slot = points.length ? plotWidth / points.length : plotWidth;
  const x = (i: number) => box.left + (i + 0.5) * slot;
  const y = (value: number) => box.top + plotHeight * (1 - value / max);
  const index = new Map(points.map((p, i) => [p.month, i]));
  const every = Math.max(1, Math.ceil(points.length / xTickCount));
  const averageRuns: IntervalGeometry["averageRuns"] = [];
  let run: Array<{ x: number; y: number }> = [];
  points.forEach((p, i) => {
    if (p.movingAverage === null) {
      if (run.length) averageRuns.push(run);
      run = [];
    } else run.push({ x: x(i), y: y(p.movingAverage) });
  });
  if (run.length) averageRuns.push(run);
  return {
    yTicks: [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => ({ value: f * max, y: y(f * max) })),
    xTicks: points.flatMap((p, i) => (i % every === 0 ? [{ x: x(i), month: p.month }] : [])),
    marks: points.flatMap((p, i) => (p.share === null || p.lower === null || p.upper === null ? [] : [{ month: p.month, x: x(i), y: y(p.share), low: y(p.lower), high: y(p.upper) }])),
    averageRuns,
    xOf: (month) => {
      const i = index.get(month);
      return i === undefined ? null : x(i);
    },
  };
}
