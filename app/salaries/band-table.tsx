import { Table, TableBody, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import { NUMBER_CELL, TABLE_ROW, TEXT_CELL } from "@/app/components/table-classes";
import { MIN_BAND_N, type SalaryBand } from "@/db/queries/salaries";
import { cellLabel, DIMENSION_LABELS, frameworkLabel } from "@/lib/ui/cell-labels";
import { formatCount, formatMoney } from "@/lib/ui/format";

type Props = {
  bands: readonly SalaryBand[];
  split: "role" | "seniority" | "region" | undefined;
  /** The postings behind a band, where there is such a page; null otherwise. */
  hrefOf: (band: SalaryBand) => string | null;
  caveat?: string;
  testId: string;
};

const PERCENTILES = [
  ["p10", "p10"],
  ["p25", "p25"],
  ["p50", "Median"],
  ["p75", "p75"],
  ["p90", "p90"],
] as const;

// Split by role, the bands are a few hundred rows: plain <tr>/<td> with Tremor's classes (see table-classes).
const MEDIAN_CELL = `${NUMBER_CELL} font-medium`;
const SUPPRESSED_CELL = "tremor-TableCell-root align-middle whitespace-nowrap p-4 text-center text-tremor-content-subtle";

/** One row per band with its n; a band under the minimum n is labelled, never shown as numbers. */
export function BandTable({ bands, split, hrefOf, caveat, testId }: Props) {
  return (
    <Table className="mt-4" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Framework</TableHeaderCell>
          {split ? <TableHeaderCell>{DIMENSION_LABELS[split]}</TableHeaderCell> : null}
          <TableHeaderCell>Currency</TableHeaderCell>
          <TableHeaderCell className="text-right">n</TableHeaderCell>
          {PERCENTILES.map(([key, label]) => (
            <TableHeaderCell key={key} className="text-right">
              {label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {bands.map((band) => {
          const cell = split ? band[split] : "all";
          const href = hrefOf(band);
          return (
            <tr key={`${band.framework}-${cell}-${band.currency}`} className={TABLE_ROW} data-framework={band.framework} data-cell={cell} data-currency={band.currency} title={caveat}>
              <td className={TEXT_CELL}>{frameworkLabel(band.framework)}</td>
              {split ? <td className={TEXT_CELL}>{cellLabel(split, cell)}</td> : null}
              <td className={TEXT_CELL}>{band.currency}</td>
              <td className={NUMBER_CELL} data-col="n">
                {href ? (
                  <Link href={href} prefetch={false} className="text-tremor-brand-emphasis underline">
                    {formatCount(band.n)}
                  </Link>
                ) : (
                  formatCount(band.n)
                )}
              </td>
              {band.suppressed ? (
                <td className={SUPPRESSED_CELL} colSpan={PERCENTILES.length} data-col="suppressed">
                  fewer than {MIN_BAND_N}: not shown
                </td>
              ) : (
                PERCENTILES.map(([key]) => {
                  const value = band[key];
                  return (
                    <td key={key} className={key === "p50" ? MEDIAN_CELL : NUMBER_CELL} data-col={key}>
                      {value === null ? "–" : formatMoney(value, band.currency)}
                    </td>
                  );
                })
              )}
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
