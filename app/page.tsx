import { ExportLinks } from "@/app/components/export-links";
import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { defaultPeriod, getOverviewTiles } from "@/db/queries/overview";
import { getMonthlyFrameworkCounts } from "@/db/queries/trends";
import { readDb } from "@/db/server-db";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatCount, formatMonth, formatShare } from "@/lib/ui/format";
import { shareChartRows } from "@/lib/ui/share-chart-rows";
import { FrameworkShareChart } from "./components/framework-share-chart";
import { OverviewTilesGrid } from "./components/overview-tiles";
import { parseOverviewParams } from "./search-params";
import { ScrollRegion } from "@/app/components/scroll-region";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = parseOverviewParams(raw);
  const { rows, overview } = await readDb((db) => {
    const period = defaultPeriod(db, params);
    return { rows: getMonthlyFrameworkCounts(db, { source: "hn", ...params }), overview: period ? getOverviewTiles(db, period) : null };
  });
  const totalPostings = rows.reduce((sum, row) => sum + row.postings, 0);
  const chartData = shareChartRows(rows);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Hacker News &ldquo;Who is hiring?&rdquo;: framework mentions by month</h1>
        <ExportLinks view="overview" params={raw} />
        <p className="mt-1 text-sm">
          Share of top-level job posts in each monthly thread that name the framework as part of the job. A job posted twice
          counts once. Gaps in the chart are months whose thread has not been ingested.
        </p>
      </div>
      {overview ? <OverviewTilesGrid overview={overview} /> : null}
      {rows.length === 0 ? (
        <Card className="card">
          <p data-testid="empty-state">No postings yet. Run <code>npm run demo</code> or <code>npm run scrape -- --source hn</code> first.</p>
        </Card>
      ) : (
        <>
          <Card className="card" data-testid="share-chart">
            <h2 className="font-medium text-tremor-content-strong">Share of postings mentioning each framework</h2>
            <p className="text-sm" data-testid="chart-n">
              n = {formatCount(totalPostings)} postings in {rows.length} monthly threads
            </p>
            <FrameworkShareChart label="Line chart: share of Hacker News postings mentioning each framework, by month. The numbers are in the table Counts behind the chart." data={chartData} categories={FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f])} colors={FRAMEWORKS.map((f) => FRAMEWORK_COLORS[f])} />
          </Card>
          <Card className="card">
            <h2 className="font-medium text-tremor-content-strong">Counts behind the chart</h2>
            <ScrollRegion label="Counts behind the chart" className="mt-4">
              <Table data-testid="counts-table">
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>Month</TableHeaderCell>
                    <TableHeaderCell className="text-right">Postings</TableHeaderCell>
                    {FRAMEWORKS.map((f) => (
                      <TableHeaderCell key={f} className="text-right">
                        {FRAMEWORK_LABELS[f]}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.month} data-month={row.month}>
                      <TableCell>{formatMonth(row.month)}</TableCell>
                      <TableCell className="text-right" data-col="postings">
                        {formatCount(row.postings)}
                      </TableCell>
                      {FRAMEWORKS.map((f) => (
                        <TableCell key={f} className="text-right" data-col={f}>
                          {formatCount(row[f])} <span className="text-tremor-content-subtle">({formatShare(row.postings ? row[f] / row.postings : 0)})</span>
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollRegion>
          </Card>
        </>
      )}
    </div>
  );
}
