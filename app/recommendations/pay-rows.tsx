import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatCount, formatUsd } from "@/lib/ui/format";
import type { PayRow } from "./reasons";

/** Median pay per framework with its 95% interval and the number of figures behind it; "too few" below the minimum. */
export function PayRows({ rows, testId, className = "mt-3" }: { rows: readonly PayRow[]; testId?: string; className?: string }) {
  return (
    <table className={`${className} w-full text-sm`} data-testid={testId}>
      <thead>
        <tr className="text-left text-xs text-tremor-content">
          <th className="font-normal">Framework</th>
          <th className="text-right font-normal">Figures</th>
          <th className="text-right font-normal">Median</th>
          <th className="text-right font-normal">95% interval</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.framework} data-key={row.framework}>
            <th scope="row" className="py-1 text-left font-normal text-tremor-content-strong">
              {FRAMEWORK_LABELS[row.framework]}
            </th>
            <td className="text-right tabular-nums" data-col="n">
              {formatCount(row.n)}
            </td>
            <td className="text-right font-medium tabular-nums" data-col="median">
              {row.median ? formatUsd(row.median.median) : "too few"}
            </td>
            <td className="text-right text-xs tabular-nums text-tremor-content" data-col="interval">
              {row.median ? `${formatUsd(row.median.low)}–${formatUsd(row.median.high)}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
