import { Badge, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import type { SourceStatusRow } from "@/db/queries/source-status";
import type { FidelityCounts } from "@/lib/provenance/snapshot-fidelity";
import { isDataSource, type RunStatus, type SourceName } from "@/lib/sources";
import { postingsHref } from "@/lib/ui/drilldown";
import { formatCount, formatTimestamp } from "@/lib/ui/format";
import { ScrollRegion } from "@/app/components/scroll-region";

const STATUS_COLORS: Record<RunStatus, string> = { ok: "emerald", partial: "amber", failed: "red", running: "blue" };

function fidelityText(counts: FidelityCounts | undefined): string {
  if (!counts) return "–";
  return Object.entries(counts)
    .map(([fidelity, n]) => `${fidelity} ×${n}`)
    .join(", ");
}

/** Every source with its latest run, what it stored, and how faithful the recorded web it can be replayed from is. */
export function SourcesTable({ rows, fidelity }: { rows: SourceStatusRow[]; fidelity: Partial<Record<SourceName, FidelityCounts>> | null }) {
  return (
    <ScrollRegion label="Sources and their last runs">
      <Table data-testid="sources-table">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Source</TableHeaderCell>
            <TableHeaderCell>Last run</TableHeaderCell>
            <TableHeaderCell className="text-right">Stored</TableHeaderCell>
            <TableHeaderCell>Recorded-web fidelity</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.source} data-source={row.source}>
              <TableCell className="whitespace-normal">
                <span className="font-medium text-tremor-content-strong">{row.source}</span>
                {row.label !== row.source ? <div className="max-w-[14rem] text-xs text-tremor-content">{row.label}</div> : null}
                {row.enabled ? null : <div className="text-xs">disabled</div>}
              </TableCell>
              <TableCell className="whitespace-normal" data-col="last-run">
                {row.lastRun ? (
                  <>
                    <div className="flex items-center gap-2">
                      <span>{formatTimestamp(row.lastRun.startedAt)}</span>
                      <Badge color={STATUS_COLORS[row.lastRun.status]} className={`text-${STATUS_COLORS[row.lastRun.status]}-800`} data-col="status">
                        {row.lastRun.status}
                      </Badge>
                    </div>
                    <div className="text-xs text-tremor-content" data-col="last-counts">
                      {formatCount(row.lastRun.fetched)} read · {formatCount(row.lastRun.newCount)} new · {formatCount(row.lastRun.updatedCount)} updated ·{" "}
                      {formatCount(row.lastRun.closedCount)} closed · {formatCount(row.lastRun.failedCount)} failed
                      {row.lastRun.errors ? ` · ${formatCount(row.lastRun.errors)} errors` : ""} · run {formatCount(row.runs)} in all
                    </div>
                  </>
                ) : (
                  "never run"
                )}
              </TableCell>
              <TableCell className="whitespace-normal text-right" data-col="stored">
                {isDataSource(row.source) ? (
                  <span>{formatCount(row.stored)} rows</span>
                ) : (
                  <>
                    <Link prefetch={false} href={postingsHref({ source: row.source })} className="underline decoration-dotted">
                      {formatCount(row.stored)}
                    </Link>{" "}
                    postings
                    <div className="text-xs text-tremor-content">
                      {formatCount(row.open ?? 0)} open · {formatCount(row.closed ?? 0)} closed · {formatCount(row.jobs ?? 0)} distinct jobs
                    </div>
                  </>
                )}
              </TableCell>
              <TableCell className="whitespace-normal text-xs" data-col="fidelity">
                {fidelityText(fidelity?.[row.source as SourceName])}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
