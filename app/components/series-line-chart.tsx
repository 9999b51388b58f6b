"use client";

import { LineChart } from "@tremor/react";
import { formatCount, formatPercentValue, formatShare } from "@/lib/ui/format";
import { ChartFrame } from "./chart-frame";

export type ChartRow = Record<string, string | number | null>;
export type ValueFormat = "share" | "percent" | "count";

type Props = {
  /** What the chart shows, its accessible name. */
  label: string;
  data: ChartRow[];
  index: string;
  categories: string[];
  colors: string[];
  /** share: a fraction shown as %; percent: a value already in percent units; count: a whole number. */
  format: ValueFormat;
  /** What a null point means here ("no thread", "no postings"). */
  gapLabel?: string;
  showLegend?: boolean;
};

const FORMATTERS: Record<ValueFormat, (value: number) => string> = { share: formatShare, percent: formatPercentValue, count: formatCount };

export function SeriesLineChart({ label, data, index, categories, colors, format, gapLabel = "no data", showLegend = true }: Props) {
  const formatter = FORMATTERS[format];
  return (
    <ChartFrame label={label} categories={categories} colors={colors} showLegend={showLegend}>
      <LineChart
        className="h-72"
        data={data}
        index={index}
        categories={categories}
        colors={colors}
        valueFormatter={(value) => (value === null || value === undefined ? gapLabel : formatter(value))}
        yAxisWidth={56}
        connectNulls={false}
        showLegend={false}
        showAnimation={false}
      />
    </ChartFrame>
  );
}
