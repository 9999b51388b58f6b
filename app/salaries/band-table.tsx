import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
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
            <TableRow key={`${band.framework}-${cell}-${band.currency}`} data-framework={band.framework} data-cell={cell} data-currency={band.currency} title={caveat}>
              <TableCell>{frameworkLabel(band.framework)}</TableCell>
              {split ? <TableCell>{cellLabel(split, cell)}</TableCell> : null}
              <TableCell>{band.currency}</TableCell>
              <TableCell className="text-right" data-col="n">
                {href ? (
                  <Link href={href} prefetch={false} className="text-tremor-brand-emphasis underline">
                    {formatCount(band.n)}
                  </Link>
                ) : (
                  formatCount(band.n)
                )}
              </TableCell>
              {band.suppressed ? (
                <TableCell colSpan={PERCENTILES.length} className="text-center text-tremor-content-subtle" data-col="suppressed">
                  fewer than {MIN_BAND_N}: not shown
                </TableCell>
              ) : (
                PERCENTILES.map(([key]) => {
                  const value = band[key];
                  return (
                    <TableCell key={key} className={`text-right ${key === "p50" ? "font-medium" : ""}`} data-col={key}>
                      {value === null ? "–" : formatMoney(value, band.currency)}
                    </TableCell>
                  );
                })
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
