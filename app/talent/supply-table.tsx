import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import type { SupplyRow } from "@/db/queries/supply";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatCount, formatShare, formatShareInterval } from "@/lib/ui/format";

type Props = {
  used: readonly SupplyRow[];
  wanted: readonly SupplyRow[];
  /** The respondents a row counts. */
  hrefOf: (row: SupplyRow) => string;
  caveat: string;
};

const link = "text-tremor-brand-emphasis underline";

/** Per framework: respondents who use it and who want to next year, each share with its 95% interval. */
export function SupplyTable({ used, wanted, hrefOf, caveat }: Props) {
  const wantedBy = new Map(wanted.map((row) => [row.framework, row]));
  return (
    <Table className="mt-4" data-testid="supply-table">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Framework</TableHeaderCell>
          <TableHeaderCell className="text-right">Use it</TableHeaderCell>
          <TableHeaderCell className="text-right">Share (95% interval)</TableHeaderCell>
          <TableHeaderCell className="text-right">Want it next year</TableHeaderCell>
          <TableHeaderCell className="text-right">Share (95% interval)</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {used.map((row) => {
          const next = wantedBy.get(row.framework);
          return (
            <TableRow key={row.framework} data-framework={row.framework}>
              <TableCell>{FRAMEWORK_LABELS[row.framework]}</TableCell>
              <TableCell className="text-right" data-col="used-n">
                <Link prefetch={false} href={hrefOf(row)} className={link}>
                  {formatCount(row.respondents)}
                </Link>
              </TableCell>
              <TableCell className="text-right" title={caveat}>
                <span data-col="used-share">{formatShare(row.share)}</span>{" "}
                <span className="text-tremor-content-subtle" data-col="used-interval">
                  ({formatShareInterval(row.shareLow, row.shareHigh)})
                </span>
              </TableCell>
              <TableCell className="text-right" data-col="wanted-n">
                {next ? (
                  <Link prefetch={false} href={hrefOf(next)} className={link}>
                    {formatCount(next.respondents)}
                  </Link>
                ) : (
                  "–"
                )}
              </TableCell>
              <TableCell className="text-right" title={caveat}>
                {next ? (
                  <>
                    <span data-col="wanted-share">{formatShare(next.share)}</span>{" "}
                    <span className="text-tremor-content-subtle">({formatShareInterval(next.shareLow, next.shareHigh)})</span>
                  </>
                ) : (
                  "–"
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
