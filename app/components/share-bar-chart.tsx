"use client";

import { BarChart } from "@tremor/react";
import { formatShare } from "@/lib/ui/format";
import { ChartFrame } from "./chart-frame";

type Props = { label: string; data: Array<Record<string, string | number>>; index: string; categories: string[]; colors: string[] };

/** Grouped bars of shares (fractions); bars of a group can sum past 100% when items carry several labels. */
export function ShareBarChart({ label, data, index, categories, colors }: Props) {
  return (
    <ChartFrame label={label} categories={categories} colors={colors}>
      <BarChart className="h-72" data={data} index={index} categories={categories} colors={colors} valueFormatter={formatShare} yAxisWidth={56} showLegend={false} showAnimation={false} />
    </ChartFrame>
  );
}
