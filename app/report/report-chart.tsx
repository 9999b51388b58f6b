"use client";

import { LineChart } from "@tremor/react";
import { ChartFrame } from "@/app/components/chart-frame";
import { formatShare } from "@/lib/ui/format";

type Props = { label: string; data: Array<Record<string, string | number | null>>; categories: string[]; colors: string[]; testId: string };

/** A share chart sized for the printed page (no animation: the PDF is taken once it has drawn). */
export function ReportChart({ label, data, categories, colors, testId }: Props) {
  return (
    <div data-report-chart={testId}>
      <ChartFrame label={label} categories={categories} colors={colors} className="mt-2">
        <LineChart
          className="h-56"
          data={data}
          index="month"
          categories={categories}
          colors={colors}
          valueFormatter={(value) => (value === null || value === undefined ? "no data" : formatShare(value))}
          yAxisWidth={60}
          connectNulls={false}
          showLegend={false}
          showAnimation={false}
        />
      </ChartFrame>
    </div>
  );
}
