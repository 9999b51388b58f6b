"use client";

import { BarChart } from "@tremor/react";
import { formatShare } from "@/lib/ui/format";

type Props = { data: Array<Record<string, string | number>>; index: string; categories: string[]; colors: string[] };

/** Grouped bars of shares (fractions); bars of a group can sum past 100% when items carry several labels. */
export function ShareBarChart({ data, index, categories, colors }: Props) {
  return <BarChart className="mt-4 h-72" data={data} index={index} categories={categories} colors={colors} valueFormatter={formatShare} yAxisWidth={56} showAnimation={false} />;
}
