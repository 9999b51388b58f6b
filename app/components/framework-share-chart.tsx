"use client";

import { LineChart } from "@tremor/react";
import { formatShare } from "@/lib/ui/format";

type Props = { data: Array<Record<string, string | number>>; categories: string[]; colors: string[] };

export function FrameworkShareChart({ data, categories, colors }: Props) {
  return (
    <LineChart
      className="mt-4 h-80"
      data={data}
      index="month"
      categories={categories}
      colors={colors}
      valueFormatter={formatShare}
      yAxisWidth={56}
      connectNulls
    />
  );
}
