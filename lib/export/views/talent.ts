import "server-only";
import { parseTalentParams, talentParamsSchema, type TalentParams } from "@/app/talent/search-params";
import type { Db } from "@/db/client";
import { getDemandSupply, type DemandSupplyRow } from "@/db/queries/demand-supply";
import { getJobSourceMix } from "@/db/queries/exports";
import { getSupply, listSurveyYears, SUPPLY_SOURCE } from "@/db/queries/supply";
import { strictRaw, withoutProblems } from "@/lib/api/search-params";
import { wilsonInterval } from "@/lib/stats/wilson";
import { round4, sumOf, type ChartExport } from "../charts";
import { defineChartView } from "../view";

type TalentFilter = TalentParams & { year: number | undefined };

const SURVEY_ORIGIN = `Stack Overflow Developer Survey (${SUPPLY_SOURCE})`;

/** /talent's supply card: respondents who use each framework, and who want to next year, with 95% intervals. */
function supplyChart(db: Db, filter: TalentFilter): ChartExport {
  const rows = (["used", "wanted"] as const).flatMap((relation) => getSupply(db, { ...filter, relation, by: [] }));
  return {
    chart: "supply",
    title: `Supply: respondents who use each framework, and who want to next year (${filter.year ?? "no survey stored"})`,
    n: rows[0]?.sample ?? 0,
    nUnit: "respondents",
    unit: "share (0–1) of respondents who used the framework this year (used) or want to work with it next year (wanted); 95% Wilson interval",
    origin: SURVEY_ORIGIN,
    surveys: [SUPPLY_SOURCE],
    columns: [
      { key: "year", header: "survey_year" },
      { key: "relation", header: "relation" },
      { key: "framework", header: "framework" },
      { key: "naming", header: "respondents_naming_it" },
      { key: "share", header: "share" },
      { key: "shareLow", header: "share_low_95" },
      { key: "shareHigh", header: "share_high_95" },
    ],
    rows: rows.map((row) => ({ year: row.year, relation: row.relation, framework: row.framework, naming: row.respondents, share: round4(row.share), shareLow: round4(row.shareLow), shareHigh: round4(row.shareHigh), n: row.sample })),
  };
}

function indexRow(row: DemandSupplyRow) {
  const supply = wilsonInterval(row.users, row.sample);
  const wanted = wilsonInterval(row.wanting, row.sample);
  return {
    year: row.year,
    framework: row.framework,
    role: row.role,
    region: row.region,
    mentioning: row.mentioning,
    demandShare: round4(row.demandShare),
    respondents: row.sample,
    users: row.users,
    supplyShare: round4(row.supplyShare),
    supplyLow: round4(supply?.low),
    supplyHigh: round4(supply?.high),
    wanting: row.wanting,
    wantedShare: round4(row.wantedShare),
    wantedLow: round4(wanted?.low),
    wantedHigh: round4(wanted?.high),
    index: round4(row.index),
    nextYearIndex: round4(row.nextYearIndex),
    thin: row.thin,
    n: row.postings,
  };
}

const INDEX_CHARTS = {
  "index-overall": { by: [], title: "Demand against supply" },
  "index-by-role": { by: ["role"], title: "Demand/supply index by role" },
  "index-by-region": { by: ["region"], title: "Demand/supply index by region" },
} as const;

/** One of /talent's index cards: demand (postings) against supply (respondents) per framework and cell. */
function indexChart(db: Db, filter: TalentFilter, chart: keyof typeof INDEX_CHARTS): ChartExport {
  const { by, title } = INDEX_CHARTS[chart];
  const rows = getDemandSupply(db, { ...filter, by: [...by] });
  // A cell's postings once, not once per framework, as the card counts them.
  const cells = [...new Map(rows.map((row) => [`${row.role}|${row.region}`, row])).values()];
  return {
    chart,
    title,
    n: sumOf(cells, (row) => row.postings),
    nUnit: "distinct jobs in the cell (demand; respondents is the supply base)",
    unit: "shares 0–1; index = demand share ÷ supply share, next-year index ÷ wanted share; empty where index_not_computed_because says why",
    origin: `job postings and ${SURVEY_ORIGIN}`,
    surveys: [SUPPLY_SOURCE],
    columns: [
      { key: "year", header: "survey_year" },
      { key: "framework", header: "framework" },
      { key: "role", header: "role" },
      { key: "region", header: "region" },
      { key: "mentioning", header: "jobs_mentioning" },
      { key: "demandShare", header: "demand_share" },
      { key: "respondents", header: "respondents" },
      { key: "users", header: "respondents_using" },
      { key: "supplyShare", header: "supply_share" },
      { key: "supplyLow", header: "supply_share_low_95" },
      { key: "supplyHigh", header: "supply_share_high_95" },
      { key: "wanting", header: "respondents_wanting" },
      { key: "wantedShare", header: "wanted_share" },
      { key: "wantedLow", header: "wanted_share_low_95" },
      { key: "wantedHigh", header: "wanted_share_high_95" },
      { key: "index", header: "demand_supply_index" },
      { key: "nextYearIndex", header: "next_year_index" },
      { key: "thin", header: "index_not_computed_because" },
    ],
    rows: rows.map(indexRow),
  };
}

export const talentView = defineChartView<TalentFilter>({
  name: "talent",
  title: "every card of /talent: supply (Stack Overflow survey respondents) and demand (postings) against it per framework; overall and by role and region",
  parse: (raw) => {
    const given = strictRaw(talentParamsSchema, raw);
    return (db) => {
      const years = listSurveyYears(db);
      const params = withoutProblems(parseTalentParams(given, years));
      return { ...params, year: params.year ?? years[0] };
    };
  },
  filters: (filter) => ({ year: filter.year, framework: filter.framework, role: filter.role, seniority: filter.seniority, region: filter.region, from: filter.from, to: filter.to }),
  // No survey stored: the page shows its empty state, the export its charts without rows.
  charts: (db, filter) => [supplyChart(db, filter), ...(Object.keys(INDEX_CHARTS) as Array<keyof typeof INDEX_CHARTS>).map((chart) => indexChart(db, filter, chart))],
  sourceMix: (db, filter, charts) => [
    { source: SUPPLY_SOURCE, count: charts.find((chart) => chart.chart === "supply")?.n ?? 0, unit: `respondents (${filter.year ?? "no survey stored"})` },
    ...getJobSourceMix(db, filter).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs in the months selected" })),
  ],
});
