import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import type { DemandSupplyRow } from "@/db/queries/demand-supply";
import type { Framework } from "@/lib/taxonomy";
import { cellLabel, DIMENSION_LABELS } from "@/lib/ui/cell-labels";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatCount, formatIndex, formatShare } from "@/lib/ui/format";
import { ScrollRegion } from "@/app/components/scroll-region";

type Props = {
  rows: readonly DemandSupplyRow[];
  dimension: "role" | "region";
  /** The postings behind a row's demand, where the explorer can show exactly them. */
  hrefOf: (row: DemandSupplyRow) => string | null;
  /** The respondents behind a row's supply: its whole cell, or those who use the framework. */
  respondentsOf: (row: DemandSupplyRow, relation?: "used") => string;
  caveat: string;
  testId: string;
};

const share = (value: number | null) => (value === null ? "–" : formatShare(value));

/** One row per role or region, one column per framework: the index (or why there is none) over the counts behind it. */
export function IndexMatrix({ rows, dimension, hrefOf, respondentsOf, caveat, testId }: Props) {
  const frameworks = [...new Set(rows.map((row) => row.framework))];
  const cells = new Map<string, Map<Framework, DemandSupplyRow>>();
  for (const row of rows) cells.set(row[dimension], (cells.get(row[dimension]) ?? new Map<Framework, DemandSupplyRow>()).set(row.framework, row));
  return (
    <ScrollRegion label={`Demand/supply index by ${dimension}`} className="mt-4">
      <Table data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{DIMENSION_LABELS[dimension]}</TableHeaderCell>
            <TableHeaderCell className="text-right">Postings</TableHeaderCell>
            <TableHeaderCell className="text-right">Respondents</TableHeaderCell>
            {frameworks.map((framework) => (
              <TableHeaderCell key={framework} className="text-right">
                {FRAMEWORK_LABELS[framework]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {[...cells].map(([cell, byFramework]) => {
            const first = byFramework.values().next().value;
            return (
              <TableRow key={cell} data-cell={cell}>
                <TableCell>{cellLabel(dimension, cell)}</TableCell>
                <TableCell className="text-right" data-col="postings">
                  {formatCount(first?.postings ?? 0)}
                </TableCell>
                <TableCell className="text-right" data-col="respondents" title={caveat}>
                  {first ? (
                    <Link prefetch={false} href={respondentsOf(first)} className="text-tremor-brand-emphasis underline">
                      {formatCount(first.sample)}
                    </Link>
                  ) : (
                    formatCount(0)
                  )}
                </TableCell>
                {frameworks.map((framework) => {
                  const row = byFramework.get(framework);
                  if (!row) return <TableCell key={framework} />;
                  const href = hrefOf(row);
                  return (
                    <TableCell key={framework} className="whitespace-normal text-right align-top" data-framework={framework} title={row.thin ?? caveat}>
                      <div className="font-medium text-tremor-content-strong" data-col="index">
                        {row.index !== null ? formatIndex(row.index) : <span className="text-xs font-normal text-tremor-content-subtle">{row.thin}</span>}
                      </div>
                      <div className="whitespace-nowrap text-xs text-tremor-content">
                        ads{" "}
                        <span data-col="demand">
                          {href ? (
                            <Link href={href} prefetch={false} className="text-tremor-brand-emphasis underline">
                              {formatCount(row.mentioning)}
                            </Link>
                          ) : (
                            formatCount(row.mentioning)
                          )}
                        </span>{" "}
                        ({share(row.demandShare)})
                      </div>
                      <div className="whitespace-nowrap text-xs text-tremor-content">
                        users{" "}
                        <Link prefetch={false} href={respondentsOf(row, "used")} className="text-tremor-brand-emphasis underline" data-col="users">
                          {formatCount(row.users)}
                        </Link>{" "}
                        ({share(row.supplyShare)})
                      </div>
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
