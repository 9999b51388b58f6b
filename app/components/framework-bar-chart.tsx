"use client";

import { BarChart } from "@tremor/react";
import { formatIndex, formatMoney, formatShare } from "@/lib/ui/format";
import type { MarketChartRow } from "@/lib/ui/market-chart-rows";
import { ChartFrame } from "./chart-frame";

/** How the values read: shares, demand/supply indexes, or money in one currency. */
export type BarValueKind = { kind: "share" } | { kind: "index" } | { kind: "money"; currency: string };

type Props = { label: string; data: MarketChartRow[]; categories: string[]; colors: string[]; value: BarValueKind; emptyLabel?: string };

/** Bars per group, one colour per framework; a null value (thin or suppressed) draws no bar. */
export function FrameworkBarChart({ label, data, categories, colors, value, emptyLabel = "not shown (too few)" }: Props) {
  const format = (v: number) => (value.kind === "share" ? formatShare(v) : value.kind === "index" ? formatIndex(v) : formatMoney(v, value.currency));
  return (
    <ChartFrame label={label} categories={categories} colors={colors}>
      <BarChart
        className="h-72"
        data={data}
        index="group"
        categories={categories}
        colors={colors}
        valueFormatter={(v) => (v === null || v === undefined ? emptyLabel : format(v))}
        yAxisWidth={value.kind === "money" ? 88 : 56}
        showLegend={false}
      />
    </ChartFrame>
  );
}
