import { swatchClass } from "@/lib/ui/colors";

type Props = { categories: readonly string[]; colors: readonly string[] };

/**
 * The series of a chart as a real list (Tremor's own legend nests its items in a div inside an
 * <ol>, which screen readers mis-announce), drawn from the same colours as the chart.
 */
export function ChartLegend({ categories, colors }: Props) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap justify-end gap-x-4 gap-y-1 text-xs text-tremor-content" data-chart-legend>
      {categories.map((label, i) => (
        <li key={label} className="inline-flex items-center gap-1.5" data-series={label}>
          <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${swatchClass(colors[i] ?? "gray")}`} data-swatch />
          {label}
        </li>
      ))}
    </ul>
  );
}
