import "server-only";
import { parseTalentParams, talentParamsSchema, type TalentParams } from "@/app/talent/search-params";
import type { Db } from "@/db/client";
import { getDemandSupply, type DemandSupplyRow } from "@/db/queries/demand-supply";
import { getJobSourceMix } from "@/db/queries/exports";
import { listSurveyYears, SUPPLY_SOURCE } from "@/db/queries/supply";
import { strictRaw, withoutProblems } from "@/lib/api/search-params";
import { surveyCaveat } from "@/lib/caveats";
import { wilsonInterval } from "@/lib/stats/wilson";
import { defineView } from "../view";

type Breakdown = "all" | "role" | "region";
type TalentFilter = TalentParams & { year: number | undefined };

export type TalentExportRow = Omit<DemandSupplyRow, "demandShare" | "supplyShare" | "wantedShare" | "index" | "nextYearIndex"> & {
  breakdown: Breakdown;
  demandShare: number | null;
  supplyShare: number | null;
  supplyLow: number | null;
  supplyHigh: number | null;
  wantedShare: number | null;
  wantedLow: number | null;
  wantedHigh: number | null;
  index: number | null;
  nextYearIndex: number | null;
};

const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value.toFixed(4)));

function withIntervals(breakdown: Breakdown, row: DemandSupplyRow): TalentExportRow {
  const supply = wilsonInterval(row.users, row.sample);
  const wanted = wilsonInterval(row.wanting, row.sample);
  return {
    ...row,
    breakdown,
    demandShare: round(row.demandShare),
    supplyShare: round(row.supplyShare),
    supplyLow: round(supply?.low),
    supplyHigh: round(supply?.high),
    wantedShare: round(row.wantedShare),
    wantedLow: round(wanted?.low),
    wantedHigh: round(wanted?.high),
    index: round(row.index),
    nextYearIndex: round(row.nextYearIndex),
  };
}

/** The tables of /talent: demand against supply overall, by role and by region. */
export function talentRows(db: Db, filter: TalentFilter): TalentExportRow[] {
  if (filter.year === undefined) return [];
  const splits: Array<[Breakdown, Array<"role" | "region">]> = [["all", []], ["role", ["role"]], ["region", ["region"]]];
  return splits.flatMap(([breakdown, by]) => getDemandSupply(db, { ...filter, by }).map((row) => withIntervals(breakdown, row)));
}

export const talentView = defineView<TalentFilter, TalentExportRow>({
  name: "talent",
  title: "demand (postings) against supply (Stack Overflow survey respondents) per framework; overall and by role and region",
  parse: (raw) => {
    const given = strictRaw(talentParamsSchema, raw);
    return (db) => {
      const years = listSurveyYears(db);
      const params = withoutProblems(parseTalentParams(given, years));
      return { ...params, year: params.year ?? years[0] };
    };
  },
  columns: [
    { key: "breakdown", header: "breakdown" },
    { key: "year", header: "survey_year" },
    { key: "framework", header: "framework" },
    { key: "role", header: "role" },
    { key: "region", header: "region" },
    { key: "postings", header: "jobs" },
    { key: "mentioning", header: "jobs_mentioning" },
    { key: "demandShare", header: "demand_share" },
    { key: "sample", header: "respondents" },
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
  filters: (filter) => ({ year: filter.year, framework: filter.framework, role: filter.role, seniority: filter.seniority, region: filter.region, from: filter.from, to: filter.to }),
  sourceMix: (db, filter) => {
    const overall = filter.year === undefined ? undefined : getDemandSupply(db, { ...filter, by: [] })[0];
    return [
      { source: SUPPLY_SOURCE, count: overall?.sample ?? 0, unit: `respondents (${filter.year ?? "no survey stored"})` },
      ...getJobSourceMix(db, filter).map((s) => ({ source: s.source, count: s.jobs, unit: "jobs in the months selected" })),
    ];
  },
  caveat: () => surveyCaveat([SUPPLY_SOURCE]),
  open: (db, filter) => ({ rows: talentRows(db, filter)[Symbol.iterator]() }),
});
