import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import type { DemandSupplyRow } from "@/db/queries/demand-supply";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatCount, formatIndex, formatShare } from "@/lib/ui/format";
import { ScrollRegion } from "@/app/components/scroll-region";

type Props = {
  rows: readonly DemandSupplyRow[];
  /** The postings behind a row's demand, where the explorer can show exactly them. */
  hrefOf: (row: DemandSupplyRow) => string | null;
  /** The respondents behind a row's supply: its whole cell, or those who use (want) the framework. */
  respondentsOf: (row: DemandSupplyRow, relation?: "used" | "wanted") => string;
  caveat: string;
  testId: string;
};

const link = "text-tremor-brand-emphasis underline";
const share = (value: number | null) => (value === null ? "–" : formatShare(value));

/** Per framework: demand share, supply share and the index; a thin row says why it has no index. */
export function IndexTable({ rows, hrefOf, respondentsOf, caveat, testId }: Props) {
  return (
    <ScrollRegion label="Demand against supply per framework" className="mt-4">
      <Table data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>Framework</TableHeaderCell>
            <TableHeaderCell className="text-right">Postings mentioning it</TableHeaderCell>
            <TableHeaderCell className="text-right">Demand share</TableHeaderCell>
            <TableHeaderCell className="text-right">Respondents using it</TableHeaderCell>
            <TableHeaderCell className="text-right">Supply share</TableHeaderCell>
            <TableHeaderCell className="text-right">Index</TableHeaderCell>
            <TableHeaderCell className="text-right">Want it next year</TableHeaderCell>
            <TableHeaderCell className="text-right">Next-year index</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const href = hrefOf(row);
            return (
              <TableRow key={row.framework} data-framework={row.framework}>
                <TableCell>{FRAMEWORK_LABELS[row.framework]}</TableCell>
                <TableCell className="text-right" data-col="demand">
                  {href ? (
                    <Link href={href} prefetch={false} className="text-tremor-brand-emphasis underline">
                      {formatCount(row.mentioning)}
                    </Link>
                  ) : (
                    formatCount(row.mentioning)
                  )}{" "}
                  <span className="text-tremor-content-subtle">of {formatCount(row.postings)}</span>
                </TableCell>
                <TableCell className="text-right" data-col="demand-share">
                  {share(row.demandShare)}
                </TableCell>
                <TableCell className="text-right" data-col="supply" title={caveat}>
                  <Link prefetch={false} href={respondentsOf(row, "used")} className={link} data-col="supply-users">
                    {formatCount(row.users)}
                  </Link>{" "}
                  <span className="text-tremor-content-subtle">
                    of{" "}
                    <Link prefetch={false} href={respondentsOf(row)} className="underline" data-col="supply-sample">
                      {formatCount(row.sample)}
                    </Link>
                  </span>
                </TableCell>
                <TableCell className="text-right" data-col="supply-share" title={caveat}>
                  {share(row.supplyShare)}
                </TableCell>
                <TableCell className="text-right font-medium" data-col="index" title={row.thin ?? caveat}>
                  {row.index !== null ? formatIndex(row.index) : <span className="font-normal text-tremor-content-subtle">{row.thin ?? "–"}</span>}
                </TableCell>
                <TableCell className="text-right" title={caveat}>
                  <span data-col="wanted-share">{share(row.wantedShare)}</span>{" "}
                  <span className="text-tremor-content-subtle">
                    (
                    <Link prefetch={false} href={respondentsOf(row, "wanted")} className="underline" data-col="wanted-n">
                      {formatCount(row.wanting)}
                    </Link>
                    )
                  </span>
                </TableCell>
                <TableCell className="text-right" data-col="next-year-index" title={row.thin ?? caveat}>
                  {row.nextYearIndex !== null ? formatIndex(row.nextYearIndex) : <span className="text-tremor-content-subtle">–</span>}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
