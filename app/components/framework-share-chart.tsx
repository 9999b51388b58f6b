"use client";

import { LineChart } from "@tremor/react";
import { formatShare } from "@/lib/ui/format";

type Props = { data: Array<Record<string, string | number | null>>; categories: string[]; colors: string[] };

export function FrameworkShareChart({ data, categories, colors }: Props) {
  return (
    <LineChart
      className="mt-4 h-80"
      data={data}
      index="month"
      categories={categories}
      colors={colors}
      valueFormatter={(value) => (value === null || value === undefined ? "no thread" : formatShare(value))}
      yAxisWidth={56}
      connectNulls={false}
    />
  );
}
