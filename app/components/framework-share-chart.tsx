"use client";

import { LineChart } from "@tremor/react";
import { formatShare } from "@/lib/ui/format";
import { ChartFrame } from "./chart-frame";

type Props = { label: string; data: Array<Record<string, string | number | null>>; categories: string[]; colors: string[] };

export function FrameworkShareChart({ label, data, categories, colors }: Props) {
  return (
    <ChartFrame label={label} categories={categories} colors={colors}>
      <LineChart
        className="h-80"
        data={data}
        index="month"
        categories={categories}
        colors={colors}
        valueFormatter={(value) => (value === null || value === undefined ? "no thread" : formatShare(value))}
        yAxisWidth={56}
        connectNulls={false}
        showLegend={false}
      />
    </ChartFrame>
  );
}
