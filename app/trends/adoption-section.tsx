import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import { SUPPLY_SOURCE, type SupplyRow } from "@/db/queries/supply";
import { surveyCaveat } from "@/lib/caveats";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { INDEED_AI_INFO, PAPERS_INFO, PAPER_FRAMEWORKS, type IndeedShareRow, type PaperShareRow } from "@/db/queries/adoption";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS, SERIES_PALETTE } from "@/lib/ui/colors";
import { respondentsHref, surveysHref } from "@/lib/ui/drilldown";
import { formatCount, formatMonth, formatPercentValue, formatRange, formatShare } from "@/lib/ui/format";
import { pivotRows } from "@/lib/ui/trend-chart-rows";
import { ChartCard } from "../components/chart-card";
import { SeriesLineChart } from "../components/series-line-chart";
import { ScrollRegion } from "@/app/components/scroll-region";
import { NUMBER_CELL, TABLE_ROW, TEXT_CELL } from "@/app/components/table-classes";

/** Research-paper share per framework by conference year (pooled over that year's conferences). */
export function PapersCard({ rows }: { rows: PaperShareRow[] }) {
  const years = [...new Set(rows.map((r) => r.year))];
  const totalByYear = new Map(rows.map((r) => [r.year, r.total]));
  const papers = [...totalByYear.values()].reduce((sum, n) => sum + n, 0);
  const chart = pivotRows(rows.map((r) => ({ bucket: r.year, series: FRAMEWORK_LABELS[r.framework], value: r.share })));
  return (
    <ChartCard title="Research papers mentioning each framework, by conference year" n={papers} unit="conference papers" caveat={`Source: ${PAPERS_INFO.origin}. Not filtered by the month range.`} testId="papers-chart">
      <SeriesLineChart label="Line chart: share of conference papers mentioning each framework, by year. The numbers are in the table below." data={chart} index="month" categories={PAPER_FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f])} colors={PAPER_FRAMEWORKS.map((f) => FRAMEWORK_COLORS[f])} format="share" />
      <ScrollRegion label="Research papers per framework and year" className="mt-4">
        <Table data-testid="papers-table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Year</TableHeaderCell>
              <TableHeaderCell className="text-right">Papers</TableHeaderCell>
              {PAPER_FRAMEWORKS.map((f) => (
                <TableHeaderCell key={f} className="text-right">
                  {FRAMEWORK_LABELS[f]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {years.map((year) => (
              <TableRow key={year} data-year={year}>
                <TableCell>{year}</TableCell>
                <TableCell className="text-right" data-col="total">
                  {formatCount(totalByYear.get(year) ?? 0)}
                </TableCell>
                {PAPER_FRAMEWORKS.map((f) => {
                  const row = rows.find((r) => r.year === year && r.framework === f);
                  return (
                    <TableCell key={f} className="text-right" data-col={f}>
                      {row ? `${formatCount(row.papers)} (${formatShare(row.share)})` : "–"}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </ChartCard>
  );
}

/** Indeed's share of all postings that mention AI/ML, per country: the market the framework shares sit in. */
export function IndeedCard({ rows }: { rows: IndeedShareRow[] }) {
  const countries = [...new Set(rows.map((r) => r.series))].sort();
  const days = rows.reduce((sum, r) => sum + r.days, 0);
  const chart = pivotRows(rows, formatMonth);
  return (
    <ChartCard
      title="Indeed postings mentioning AI or machine learning (monthly mean of daily shares)"
      n={days}
      unit={`daily values in ${countries.length} ${countries.length === 1 ? "country" : "countries"}`}
      caveat={`Context, not framework demand: ${INDEED_AI_INFO.unit}. Source: ${INDEED_AI_INFO.origin}.`}
      testId="indeed-chart"
    >
      <SeriesLineChart label="Line chart: share of Indeed postings mentioning AI or machine learning, by month and country. The numbers are in the table under Numbers behind the chart." data={chart} index="month" categories={countries} colors={countries.map((_, i) => SERIES_PALETTE[i % SERIES_PALETTE.length] ?? "gray")} format="percent" />
      {chart.length ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Numbers behind the chart</summary>
          <ScrollRegion label="Indeed monthly shares per country" className="mt-2">
            <Table data-testid="indeed-table">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Month</TableHeaderCell>
                  {countries.map((country) => (
                    <TableHeaderCell key={country} className="text-right">
                      {country}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {chart.map((row) => (
                  <tr key={row.month} className={TABLE_ROW}>
                    <td className={TEXT_CELL}>{row.month}</td>
                    {countries.map((country) => (
                      <td key={country} className={NUMBER_CELL}>
                        {typeof row[country] === "number" ? formatPercentValue(row[country]) : "–"}
                      </td>
                    ))}
                  </tr>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        </details>
      ) : null}
    </ChartCard>
  );
}

/** Stack Overflow respondents who used each framework that year, with the year's sample and 95% interval. */
export function SurveyUsageCard({ rows }: { rows: SupplyRow[] }) {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const sampleByYear = new Map(rows.map((r) => [r.year, r.sample]));
  const respondents = [...sampleByYear.values()].reduce((sum, n) => sum + n, 0);
  const chart = pivotRows(rows.map((r) => ({ bucket: String(r.year), series: FRAMEWORK_LABELS[r.framework], value: r.share })));
  return (
    <ChartCard title="Survey: developers who used each framework, by year" n={respondents} unit="survey respondents" nHref={surveysHref({ source: SUPPLY_SOURCE })} caveat={surveyCaveat([SUPPLY_SOURCE])} testId="survey-usage">
      {years.length > 1 ? (
        <SeriesLineChart label="Line chart: share of survey respondents who used each framework, by year. The numbers are in the table below." data={chart} index="month" categories={FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f])} colors={FRAMEWORKS.map((f) => FRAMEWORK_COLORS[f])} format="share" />
      ) : null}
      <ScrollRegion label="Survey respondents per framework and year" className="mt-4">
        <Table data-testid="survey-table">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Year</TableHeaderCell>
              <TableHeaderCell className="text-right">Respondents</TableHeaderCell>
              {FRAMEWORKS.map((f) => (
                <TableHeaderCell key={f} className="text-right">
                  {FRAMEWORK_LABELS[f]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {years.map((year) => (
              <TableRow key={year} data-year={year}>
                <TableCell>{year}</TableCell>
                <TableCell className="text-right" data-col="sample">
                  <Link prefetch={false} href={respondentsHref({ year })} className="underline">
                    {formatCount(sampleByYear.get(year) ?? 0)}
                  </Link>
                </TableCell>
                {FRAMEWORKS.map((f) => {
                  const row = rows.find((r) => r.year === year && r.framework === f);
                  return (
                    <TableCell key={f} className="text-right" data-col={f}>
                      {row ? (
                        <>
                          <Link prefetch={false} href={respondentsHref({ year, framework: f, relation: "used" })} className="underline">
                            {formatCount(row.respondents)}
                          </Link>
                          {` (${formatShare(row.share)}, ${formatRange(row.shareLow, row.shareHigh, formatShare)})`}
                        </>
                      ) : (
                        "–"
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <p className="mt-2 text-sm">
        By role, seniority and region, and beside demand from postings:{" "}
        <Link prefetch={false} href="/talent" className="underline">
          Talent
        </Link>
        .
      </p>
    </ChartCard>
  );
}
