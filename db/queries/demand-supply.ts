import "server-only";
import { z } from "zod";
import type { Region } from "@/lib/geo/regions";
import { frameworkBit, regionBit, roleBit } from "@/lib/money/pay-bits";
import { FRAMEWORKS, type Framework, type Role } from "@/lib/taxonomy";
import type { Db } from "../client";
import { breakdownsSchema, byCells, frameworkSchema, monthSchema, postingSourceSchema, regionSchema, roleSchema, senioritySchema, surveyYearSchema, type CellValue } from "./market-filter";
import { countJobCells } from "./job-cells";
import { countMarketJobs, regionSplit, roleSplit, type MarketScope, type MarketSplit } from "./market-cells";
import { getSupply, listSurveyYears, type SupplyRow } from "./supply";

/** Below this many postings or respondents in a cell, the index is flagged as thin and not computed. */
export const MIN_INDEX_BASE = 30;
/** Below this many respondents using the framework, the supply share is too noisy to divide by. */
export const MIN_INDEX_USERS = 5;

/** The index as the methodology page states it. */
export const DEMAND_SUPPLY_INDEX_FORMULA =
  "index = (postings mentioning the framework ÷ all postings) ÷ (respondents using the framework ÷ all respondents), " +
  "each within the same role and region. Postings count distinct jobs (duplicate groups) in the chosen months; " +
  "respondents are those of the chosen Stack Overflow survey year. Above 1: employers ask for the framework more often " +
  `than respondents use it (scarce talent); below 1: more people use it than ads ask for. Not computed when a cell has fewer than ${MIN_INDEX_BASE} postings or respondents, ` +
  `or fewer than ${MIN_INDEX_USERS} respondents use the framework. ` +
  "The next-year index divides by the share who want to work with it instead.";

export const demandSupplyFilterSchema = z.object({
  year: surveyYearSchema.optional(),
  framework: frameworkSchema.optional(),
  role: roleSchema.optional(),
  /** Applied to both sides: the posting's title-based level and the respondent's band of years. */
  seniority: senioritySchema.optional(),
  region: regionSchema.optional(),
  /** Postings of one source only; absent → every posting source. */
  source: postingSourceSchema.optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
  by: breakdownsSchema(["role", "region"]).default([]),
});
export type DemandSupplyFilter = z.infer<typeof demandSupplyFilterSchema>;

export type DemandSupplyRow = {
  year: number;
  framework: Framework;
  role: CellValue<Role>;
  region: CellValue<Region>;
  /** Distinct jobs in the cell, and those mentioning the framework. */
  postings: number;
  mentioning: number;
  demandShare: number | null;
  /** Respondents in the cell, those using the framework, and those wanting it next year. */
  sample: number;
  users: number;
  supplyShare: number | null;
  wanting: number;
  wantedShare: number | null;
  index: number | null;
  nextYearIndex: number | null;
  /** Why the index is not computed; null when it is. */
  thin: string | null;
};

type DemandCount = { framework: string; role: string; region: string; n: number };

/** Demand (postings) against supply (survey respondents) per framework and cell, with the index. */
export function getDemandSupply(db: Db, filter: DemandSupplyFilter): DemandSupplyRow[] {
  const year = filter.year ?? listSurveyYears(db)[0];
  if (year === undefined) return [];
  const frameworks: Framework[] = filter.framework ? [filter.framework] : [...FRAMEWORKS];
  const supplyFilter = { year, framework: filter.framework, role: filter.role, seniority: filter.seniority, region: filter.region, by: filter.by };
  const used = getSupply(db, { ...supplyFilter, relation: "used" });
  const wanted = getSupply(db, { ...supplyFilter, relation: "wanted" });
  const { totals, mentions } = postingDemand(db, filter, frameworks);

  const cellKey = (row: { role: string; region: string }) => `${row.role}|${row.region}`;
  const keyOf = (framework: string, row: { role: string; region: string }) => `${framework}|${cellKey(row)}`;
  const supplyBy = (rows: SupplyRow[]) => new Map(rows.map((row) => [keyOf(row.framework, row), row]));
  const usedBy = supplyBy(used);
  const wantedBy = supplyBy(wanted);
  const totalBy = new Map(totals.map((row) => [cellKey(row), row.n]));
  const mentionBy = new Map(mentions.map((row) => [keyOf(row.framework, row), row.n]));
  const cells = new Map<string, { role: string; region: string }>();
  for (const row of [...totals, ...used]) cells.set(cellKey(row), { role: row.role, region: row.region });

  const rows: DemandSupplyRow[] = [...cells.values()].flatMap((cell) =>
    frameworks.map((framework) => {
      const postings = totalBy.get(cellKey(cell)) ?? 0;
      const mentioning = mentionBy.get(keyOf(framework, cell)) ?? 0;
      const supply = usedBy.get(keyOf(framework, cell));
      const sample = supply?.sample ?? 0;
      const users = supply?.respondents ?? 0;
      const wanting = wantedBy.get(keyOf(framework, cell))?.respondents ?? 0;
      const demandShare = postings ? mentioning / postings : null;
      const supplyShare = sample ? users / sample : null;
      const wantedShare = sample ? wanting / sample : null;
      const thin =
        postings < MIN_INDEX_BASE
          ? `fewer than ${MIN_INDEX_BASE} postings`
          : sample < MIN_INDEX_BASE
            ? `fewer than ${MIN_INDEX_BASE} respondents`
            : users < MIN_INDEX_USERS
              ? `fewer than ${MIN_INDEX_USERS} respondents use it`
              : null;
      const ratio = (share: number | null) => (thin === null && demandShare !== null && share ? demandShare / share : null);
      return {
        year,
        framework,
        role: cell.role as CellValue<Role>,
        region: cell.region as CellValue<Region>,
        postings,
        mentioning,
        demandShare,
        sample,
        users,
        supplyShare,
        wanting,
        wantedShare,
        index: ratio(supplyShare),
        nextYearIndex: ratio(wantedShare),
        thin,
      };
    }),
  );
  return rows.sort(byCells<DemandSupplyRow>("role", "region", "framework"));
}

/** Distinct jobs per cell, and those mentioning each framework; a job with several roles or regions counts in each. */
function postingDemand(db: Db, filter: DemandSupplyFilter, frameworks: Framework[]): { totals: DemandCount[]; mentions: DemandCount[] } {
  if (!filter.by.length && !filter.role && !filter.region && !filter.seniority) return unsplitDemand(db, filter, frameworks);
  const split = new Set(filter.by);
  const scope: MarketScope = {
    sources: filter.source ? [filter.source] : undefined,
    from: filter.from,
    to: filter.to,
    seniority: filter.seniority,
    roleBits: filter.role ? roleBit(filter.role) : undefined,
    regionBits: filter.region ? regionBit(filter.region) : undefined,
  };
  // A dimension not split by reads the filter's value, else "all" (as cellExpr does).
  const splits = [split.has("role") ? roleSplit(filter.role) : null, split.has("region") ? regionSplit(filter.region) : null];
  const cell = (framework: string, keys: string[], n: number): DemandCount => {
    const [role, region] = splits.map((s) => (s ? keys.shift()! : null));
    return { framework, role: role ?? filter.role ?? "all", region: region ?? filter.region ?? "all", n };
  };
  const used = splits.filter((s): s is MarketSplit => s !== null);
  const totals = countMarketJobs(db, scope, used).map((row) => cell("all", [...row.keys], row.jobs));
  const frameworkSplit: MarketSplit = { column: "framework_bits", values: frameworks.map((framework) => ({ label: framework, bit: frameworkBit(framework) })) };
  const mentions = countMarketJobs(db, scope, [frameworkSplit, ...used]).map((row) => cell(row.keys[0]!, row.keys.slice(1), row.jobs));
  return { totals, mentions };
}

/** Without roles, regions or seniority to read, the job cells of migration 0008 hold the same counts. */
function unsplitDemand(db: Db, filter: DemandSupplyFilter, frameworks: Framework[]): { totals: DemandCount[]; mentions: DemandCount[] } {
  const scope = { sources: filter.source ? [filter.source] : undefined, from: filter.from, to: filter.to };
  const cell = (framework: string, jobs: number): DemandCount => ({ framework, role: "all", region: "all", n: jobs });
  const totals = countJobCells(db, { ...scope, by: [] }).map((row) => cell("all", row.jobs));
  const mentions = countJobCells(db, { ...scope, by: ["framework"], frameworks }).map((row) => cell(row.framework, row.jobs));
  return { totals: totals.filter((row) => row.n > 0), mentions };
}
