import type { ReactNode } from "react";
import { ChartLegend } from "./chart-legend";

type Props = {
  /** What the chart shows, read by screen readers in place of the drawing. */
  label: string;
  categories: readonly string[];
  colors: readonly string[];
  showLegend?: boolean;
  className?: string;
  children: ReactNode;
};

/** A drawn chart: its legend as text, the drawing one named image; its numbers are in the card's table or summary. */
export function ChartFrame({ label, categories, colors, showLegend = true, className = "mt-4", children }: Props) {
  return (
    <div className={className} data-chart>
      {showLegend ? <ChartLegend categories={categories} colors={colors} /> : null}
      <div role="img" aria-label={label} className="mt-2">
        {children}
      </div>
    </div>
  );
}
