import type { Share } from "@/lib/evidence/compare";
import { formatCount, formatShare, formatShareInterval } from "@/lib/ui/format";
import { swatchClass } from "@/lib/ui/colors";

export type ShareRow = { key: string; label: string; color: string; share: Share | null };

/** Shares of one base as bars with their 95% whiskers, and the counts as text. Plain HTML: nothing to hydrate. */
export function ShareRows({ rows, testId }: { rows: readonly ShareRow[]; testId?: string }) {
  return (
    <table className="mt-3 w-full text-sm" data-testid={testId}>
      <thead className="sr-only">
        <tr>
          <th>Series</th>
          <th>Count</th>
          <th>Share</th>
          <th>95% interval</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key} className="align-middle">
            <th scope="row" className="w-36 py-1 pr-2 text-left font-normal text-tremor-content-strong">
              {row.label}
            </th>
            <td className="w-32 whitespace-nowrap py-1 pr-2 text-right tabular-nums" data-col="count">
              {row.share ? `${formatCount(row.share.count)} of ${formatCount(row.share.base)}` : "–"}
            </td>
            <td className="w-16 py-1 pr-2 text-right font-medium tabular-nums" data-col="share">
              {row.share ? formatShare(row.share.share) : "–"}
            </td>
            <td className="hidden py-1 sm:table-cell" aria-hidden={row.share ? undefined : true}>
              {row.share ? <Bar share={row.share} color={row.color} /> : null}
            </td>
            <td className="w-28 py-1 pl-2 text-right text-xs text-tremor-content tabular-nums" data-col="interval">
              {row.share ? formatShareInterval(row.share.low, row.share.high) : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Bar({ share, color }: { share: Share; color: string }) {
  const pct = (value: number) => `${(value * 100).toFixed(2)}%`;
  return (
    <div className="relative h-3 w-full rounded-sm bg-tremor-background-subtle" title={`${formatShare(share.share)} (95% ${formatShareInterval(share.low, share.high)})`}>
      <div className={`absolute inset-y-0 left-0 rounded-sm ${swatchClass(color)}`} style={{ width: pct(share.share) }} />
      <div className="absolute top-1/2 h-px bg-gray-800" style={{ left: pct(share.low), width: pct(share.high - share.low) }} />
      <div className="absolute inset-y-0 w-px bg-gray-800" style={{ left: pct(share.low) }} />
      <div className="absolute inset-y-0 w-px bg-gray-800" style={{ left: pct(share.high) }} />
    </div>
  );
}
