import { ExportLinks } from "@/app/components/export-links";
import { Card } from "@tremor/react";
import { DEMAND_SUPPLY_INDEX_FORMULA, getDemandSupply, MIN_INDEX_BASE, MIN_INDEX_USERS, type DemandSupplyRow } from "@/db/queries/demand-supply";
import { getSupply, listSurveyYears } from "@/db/queries/supply";
import { readDb } from "@/db/server-db";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { REGION_LABELS } from "@/lib/geo/regions";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { cellLabel } from "@/lib/ui/cell-labels";
import { FRAMEWORK_COLORS, FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { postingsHref, respondentsHref } from "@/lib/ui/drilldown";
import { formatMonth } from "@/lib/ui/format";
import { optionsOf, ROLE_LABELS, SENIORITY_LABELS } from "@/lib/ui/labels";
import { marketChartRows } from "@/lib/ui/market-chart-rows";
import type { RawSearchParams } from "@/lib/ui/search-params";
import { ChartCard } from "../components/chart-card";
import { FilterForm } from "../components/filter-form";
import { FrameworkBarChart } from "../components/framework-bar-chart";
import { ParamProblems } from "../components/param-problems";
import { IndexMatrix } from "./index-matrix";
import { IndexTable } from "./index-table";
import { parseTalentParams, type TalentParams } from "./search-params";
import { SupplyTable } from "./supply-table";
import { ScrollRegion } from "@/app/components/scroll-region";

export const dynamic = "force-dynamic";

const frameworkCategories = FRAMEWORKS.map((f) => FRAMEWORK_LABELS[f]);
const frameworkColors = FRAMEWORKS.map((f) => FRAMEWORK_COLORS[f]);

export default async function TalentPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  // One read snapshot: the survey years the filters are checked against and every table agree.
  const { years, params, problems, year, used, wanted, overall, byRole, byRegion } = await readDb((db) => {
    const years = listSurveyYears(db);
    const { values: params, problems } = parseTalentParams(raw, years);
    const year = params.year ?? years[0];
    const filter = { ...params, year };
    return {
      years,
      params,
      problems,
      year,
      used: getSupply(db, { ...filter, relation: "used", by: [] }),
      wanted: getSupply(db, { ...filter, relation: "wanted", by: [] }),
      overall: getDemandSupply(db, { ...filter, by: [] }),
      byRole: getDemandSupply(db, { ...filter, by: ["role"] }),
      byRegion: getDemandSupply(db, { ...filter, by: ["region"] }),
    };
  });
  const sample = used[0]?.sample ?? 0;
  const sampleHref = year === undefined ? undefined : respondentsHref({ year, role: params.role, seniority: params.seniority, region: params.region });
  const postings = overall[0]?.postings ?? 0;
  const months = params.from || params.to ? `${params.from ? formatMonth(params.from) : "the first month"} to ${params.to ? formatMonth(params.to) : "the last"}` : "every month stored";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Talent: who uses each framework, against who asks for it</h1>
        <ExportLinks view="talent" params={raw} />
        <p className="mt-1 text-sm">
          Supply is the share of Stack Overflow Developer Survey respondents ({year ?? "no survey stored"}) who used the framework in the past year;
          &ldquo;want to work with it&rdquo; is next year&rsquo;s supply. Demand is the share of job postings ({months}) that mention it.
        </p>
      </div>
      <ParamProblems problems={problems} />
      <FilterForm action="/talent" legend="Filter talent" testId="talent-filters" fields={filterFields(params, years)} />
      {year === undefined ? (
        <Card className="card">
          <p data-testid="empty-state">
            No survey data yet. Run <code>npm run demo</code> or <code>npm run scrape -- --source so-survey</code> first.
          </p>
        </Card>
      ) : (
        <>
          <ChartCard title={`Supply: respondents who use each framework, and who want to next year (${year})`} n={sample} unit="respondents" nHref={sampleHref} caveat={SURVEY_CAVEAT} testId="supply">
            <FrameworkBarChart
              label={`Bar chart: share of ${year} survey respondents who use each framework now and who want to next year. The numbers are in the table below.`}
              data={marketChartRows(
                [...used.map((row) => ({ group: "Use it now", series: FRAMEWORK_LABELS[row.framework], value: row.share })), ...wanted.map((row) => ({ group: "Want it next year", series: FRAMEWORK_LABELS[row.framework], value: row.share }))],
                frameworkCategories,
              )}
              categories={frameworkCategories}
              colors={frameworkColors}
              value={{ kind: "share" }}
            />
            <ScrollRegion label="Survey respondents per framework">
              <SupplyTable used={used} wanted={wanted} hrefOf={(row) => respondentsHref({ year: row.year, role: row.role, seniority: row.seniority, region: row.region, framework: row.framework, relation: row.relation })} caveat={SURVEY_CAVEAT} />
            </ScrollRegion>
          </ChartCard>

          <ChartCard title="Demand against supply" n={postings} unit={`postings and ${sample.toLocaleString("en-US")} respondents`} caveat={SURVEY_CAVEAT} testId="index-overall">
            <p className="mt-2 text-sm" data-testid="index-formula">
              {DEMAND_SUPPLY_INDEX_FORMULA}
            </p>
            <IndexTable rows={overall} hrefOf={(row) => drillDown(row, params)} respondentsOf={(row, relation) => respondentsOf(row, params, relation)} caveat={SURVEY_CAVEAT} testId="index-overall-table" />
          </ChartCard>

          <IndexCard title="Demand/supply index by role" rows={byRole} dimension="role" params={params} testId="index-by-role" />
          <IndexCard title="Demand/supply index by region" rows={byRegion} dimension="region" params={params} testId="index-by-region" />
        </>
      )}
    </div>
  );
}

function IndexCard({ title, rows, dimension, params, testId }: { title: string; rows: DemandSupplyRow[]; dimension: "role" | "region"; params: TalentParams; testId: string }) {
  const postings = new Map(rows.map((row) => [row[dimension], row.postings]));
  const respondents = new Map(rows.map((row) => [row[dimension], row.sample]));
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
  const computed = rows.filter((row) => row.index !== null);
  return (
    <ChartCard title={title} n={total(postings)} unit={`postings and ${total(respondents).toLocaleString("en-US")} respondents (a posting in two ${dimension}s counts in each)`} caveat={SURVEY_CAVEAT} testId={testId}>
      {computed.length ? (
        <FrameworkBarChart
          label={`Bar chart: ${title} per framework. The counts and indexes are in the table below.`}
          data={marketChartRows(
            rows.filter((row) => rows.some((other) => other[dimension] === row[dimension] && other.index !== null)).map((row) => ({ group: cellLabel(dimension, row[dimension]), series: FRAMEWORK_LABELS[row.framework], value: row.index })),
            frameworkCategories,
          )}
          categories={frameworkCategories}
          colors={frameworkColors}
          value={{ kind: "index" }}
          emptyLabel={`not computed (fewer than ${MIN_INDEX_BASE} postings or respondents, or ${MIN_INDEX_USERS} users)`}
        />
      ) : (
        <p className="mt-4 text-sm" data-testid={`${testId}-thin`}>
          No {dimension} has {MIN_INDEX_BASE} postings, {MIN_INDEX_BASE} respondents and {MIN_INDEX_USERS} users of a framework in this selection: the table shows the counts, no index is drawn.
        </p>
      )}
      <IndexMatrix rows={rows} dimension={dimension} hrefOf={(row) => drillDown(row, params)} respondentsOf={(row, relation) => respondentsOf(row, params, relation)} caveat={SURVEY_CAVEAT} testId={`${testId}-table`} />
    </ChartCard>
  );
}

/** The postings behind a row's demand, where the explorer's filters can select exactly them (it has no region filter). */
function drillDown(row: DemandSupplyRow, params: TalentParams): string | null {
  if (row.region !== "all" || params.region || row.role === "unknown") return null;
  const role = row.role === "all" ? params.role : row.role;
  return postingsHref({ framework: row.framework, role, seniority: params.seniority, from: params.from, to: params.to });
}

/** The respondents behind a row's supply: its cell (sample), or those in it who use or want the framework. */
function respondentsOf(row: DemandSupplyRow, params: TalentParams, relation?: "used" | "wanted"): string {
  return respondentsHref({ year: row.year, role: row.role, seniority: params.seniority, region: row.region, framework: relation && row.framework, relation });
}

function filterFields(params: TalentParams, years: readonly number[]) {
  return [
    { kind: "select", name: "year", label: "Survey year", value: params.year?.toString(), options: years.map((y) => ({ value: String(y), label: String(y) })), allLabel: "Latest" },
    { kind: "select", name: "framework", label: "Framework", value: params.framework, options: FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_LABELS[f] })) },
    { kind: "select", name: "role", label: "Role", value: params.role, options: optionsOf(ROLE_LABELS) },
    { kind: "select", name: "seniority", label: "Seniority", value: params.seniority, options: optionsOf(SENIORITY_LABELS), hint: "Postings: title; survey: years of experience" },
    { kind: "select", name: "region", label: "Region", value: params.region, options: optionsOf(REGION_LABELS) },
    { kind: "month", name: "from", label: "Postings from", value: params.from },
    { kind: "month", name: "to", label: "Postings to", value: params.to },
  ] as const;
}
