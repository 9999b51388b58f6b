import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applyRederived } from "@/db/ingest/reextract";
import { registerSource } from "@/db/ingest/runs";
import { getDemandSupply, type DemandSupplyFilter } from "@/db/queries/demand-supply";
import { getFrameworkJobCounts, getTermGroupJobCounts } from "@/db/queries/framework-evidence";
import { EDGE_RUNTIME_TERMS } from "@/lib/evidence/proxies";
import { TERM_GROUPS, termBits } from "@/lib/evidence/term-bits";
import { REGIONS, regionOf, type Region } from "@/lib/geo/regions";
import { UNKNOWN_REGION_BIT, frameworkBit, regionBit, roleBit, bitOfUseCase } from "@/lib/money/pay-bits";
import type { NormalisedPosting } from "@/lib/normalise/types";
import type { PostingSourceName } from "@/lib/sources";
import { FRAMEWORKS, type Framework, type Role, type Seniority, type UseCase } from "@/lib/taxonomy";
import { ftsQueryOf, scannedDemand, scannedFrameworkJobCounts, type ScannedScope } from "../helpers/market-oracle";
import { ingestRollupItems, postingIdOf, rollupItem } from "../helpers/rollup-items";
import { seedDashboard } from "../helpers/seed-dashboard";
import { createTempDb } from "../helpers/temp-db";

// The job cells of migrations 0010 and 0011 against the base tables after the real scrape and after every kind of
// write (changed items, dedup regrouping, re-extraction, closing, deletes, label rows written directly):
// every posting's bits against its label rows and its text (termBits and FTS5), every cell against the postings, and the pages' counts
// against the scanning SQL they replaced (tests/helpers/market-oracle.ts).

let temp: ReturnType<typeof createTempDb>;
beforeAll(async () => {
  temp = createTempDb();
  await seedDashboard(temp.db);
  for (const name of ["greenhouse", "lever"]) registerSource(temp.db, { name, label: name, schedule: "0 * * * *" });
}, 120_000);
afterAll(() => temp.cleanup());

type Row = Record<string, string | number | null>;
const all = (db: Db, query: string, ...params: unknown[]) => db.$client.prepare(query).all(...params) as Row[];
const KEY = ["month", "source", "seniority", "framework_bits", "role_bits", "region_bits", "use_case_bits", "term_bits"] as const;

/** Each posting's bits, from its label rows and lib/geo/regions.ts, and from its text by termBits (not from the SQL the migrations use). */
function bitsFromLabels(db: Db): Map<number, Record<"framework_bits" | "role_bits" | "region_bits" | "use_case_bits" | "term_bits", number>> {
  const text = (row: Row) => ({ title: String(row.title), company: row.company === null ? null : String(row.company), description: String(row.description) });
  const bits = new Map(
    all(db, "select id, title, company, description from postings").map((row) => [Number(row.id), { framework_bits: 0, role_bits: 0, region_bits: 0, use_case_bits: 0, term_bits: termBits(text(row)) }]),
  );
  for (const row of all(db, "select posting_id, framework from posting_frameworks")) bits.get(Number(row.posting_id))!.framework_bits |= frameworkBit(row.framework as Framework);
  for (const row of all(db, "select posting_id, role from posting_roles")) bits.get(Number(row.posting_id))!.role_bits |= roleBit(row.role as Role);
  for (const row of all(db, "select posting_id, use_case from posting_use_cases")) bits.get(Number(row.posting_id))!.use_case_bits |= bitOfUseCase(row.use_case as UseCase);
  for (const row of all(db, "select posting_id, country from posting_countries")) {
    const region = regionOf(String(row.country));
    bits.get(Number(row.posting_id))!.region_bits |= region ? regionBit(region) : UNKNOWN_REGION_BIT;
  }
  return bits;
}

function expectCellsMatch(db: Db): void {
  const labelled = bitsFromLabels(db);
  const stored = all(db, "select id, framework_bits, role_bits, region_bits, use_case_bits, term_bits from postings order by id");
  expect(stored, "postings' bits").toEqual(stored.map((row) => ({ id: row.id, ...labelled.get(Number(row.id)) })));
  // And each group's bit on exactly the postings its FTS5 query (as /claims asked it) matches.
  for (const [name, group] of Object.entries(TERM_GROUPS)) {
    const matched = all(db, "select rowid as id from postings_fts where postings_fts match ? order by rowid", ftsQueryOf(group.terms)).map((row) => row.id);
    expect(all(db, "select id from postings where term_bits & ? order by id", group.bit).map((row) => row.id), `term_bits of ${name}`).toEqual(matched);
  }

  // A job whose postings all have one key is a whole job of that cell; the others get a row per key and group.
  const rows = all(db, "select id, coalesce(group_id, id) as job, month, source, seniority from postings");
  const keyOf = (row: Row) => JSON.stringify(KEY.map((column) => (column in labelled.get(Number(row.id))! ? labelled.get(Number(row.id))![column as "role_bits"] : row[column])));
  const jobKeys = new Map<number, Set<string>>();
  for (const row of rows) jobKeys.set(Number(row.job), (jobKeys.get(Number(row.job)) ?? new Set()).add(keyOf(row)));
  const cells = new Map<string, { postings: number; whole_jobs: number }>();
  const shared = new Map<string, number>();
  const counted = new Set<number>();
  for (const row of rows) {
    const key = keyOf(row);
    const cell = cells.get(key) ?? { postings: 0, whole_jobs: 0 };
    cell.postings++;
    if (jobKeys.get(Number(row.job))!.size > 1) shared.set(JSON.stringify([key, row.job]), (shared.get(JSON.stringify([key, row.job])) ?? 0) + 1);
    else if (!counted.has(Number(row.job))) {
      counted.add(Number(row.job));
      cell.whole_jobs++;
    }
    cells.set(key, cell);
  }
  const sorted = <T>(entries: Array<[string, T]>) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const storedCells = all(db, `select ${KEY.join(", ")}, postings, whole_jobs from job_market_cells`).map(
    (row) => [JSON.stringify(KEY.map((column) => row[column])), { postings: row.postings, whole_jobs: row.whole_jobs }] as [string, unknown],
  );
  expect(sorted(storedCells), "job_market_cells").toEqual(sorted([...cells]));
  const storedShared = all(db, `select ${KEY.join(", ")}, group_id, members from job_market_shared`).map(
    (row) => [JSON.stringify([JSON.stringify(KEY.map((column) => row[column])), row.group_id]), row.members] as [string, unknown],
  );
  expect(sorted(storedShared), "job_market_shared").toEqual(sorted([...shared]));
  expect(all(db, "select count(*) as n from job_market_deltas")).toEqual([{ n: 0 }]);
}

const ROLE_FILTERS: Array<Role | undefined> = [undefined, "ml_engineer", "data_scientist"];
const REGION_FILTERS: Array<Region | undefined> = [undefined, "northern_america", "europe"];
const SENIORITY_FILTERS: Array<Seniority | undefined> = [undefined, "senior"];

/** Every split and filter of /talent's demand side, against the scanning SQL; returns how many combinations had jobs. */
function expectDemandMatches(db: Db): number {
  const months = all(db, "select min(month) as first, max(month) as last from postings")[0]!;
  const ranges = [{}, { from: "2026-01" }, { from: String(months.first), to: "2025-12" }];
  let withJobs = 0;
  for (const by of [[], ["role"], ["region"], ["role", "region"]] as Array<DemandSupplyFilter["by"]>)
    for (const role of ROLE_FILTERS)
      for (const region of REGION_FILTERS)
        for (const seniority of SENIORITY_FILTERS)
          for (const source of [undefined, "hn", "greenhouse"] as const)
            for (const range of ranges) {
              const filter: DemandSupplyFilter = { by, role, region, seniority, source, ...range };
              if (!by.length && !role && !region && !seniority) continue; // the unsplit path reads migration 0008's cells
              const expected = scannedDemand(db, filter, FRAMEWORKS);
              const rows = getDemandSupply(db, filter);
              const cell = (row: { role: string; region: string }) => `${row.role}|${row.region}`;
              const totals = new Map(expected.totals.map((row) => [cell(row), row.n]));
              const mentions = new Map(expected.mentions.map((row) => [`${row.framework}|${cell(row)}`, row.n]));
              const label = JSON.stringify(filter);
              for (const key of totals.keys()) expect(rows.some((row) => cell(row) === key), `${label} ${key}`).toBe(true);
              for (const row of rows) {
                expect(row.postings, `${label} ${cell(row)}`).toBe(totals.get(cell(row)) ?? 0);
                expect(row.mentioning, `${label} ${row.framework}|${cell(row)}`).toBe(mentions.get(`${row.framework}|${cell(row)}`) ?? 0);
              }
              if (totals.size) withJobs++;
            }
  return withJobs;
}

/** /claims' and /recommendations' scopes without terms, against the scanning SQL; returns how many had jobs. */
function expectFrameworkCountsMatch(db: Db): number {
  let withJobs = 0;
  for (const range of [{}, { from: "2026-01" }, { to: "2025-12" }])
    for (const sources of [undefined, [], ["hn"], ["greenhouse", "remotive", "lever"]] as Array<PostingSourceName[] | undefined>)
      for (const roles of [[], ["ml_engineer"], ["data_scientist", "research_scientist"]] as Role[][])
        for (const useCases of [[], ["nlp_llm"], ["computer_vision", "robotics"]] as UseCase[][])
          for (const region of [undefined, "europe", "northern_america", "asia"] as Array<Region | undefined>) {
            const scope: ScannedScope = { ...range, sources, roles, useCases, region };
            const expected = scannedFrameworkJobCounts(db, scope);
            expect(getFrameworkJobCounts(db, scope), JSON.stringify(scope)).toEqual(expected);
            if (expected.jobs) withJobs++;
          }
  return withJobs;
}

const TERM_SCOPES: string[][] = [
  ...Object.values(TERM_GROUPS).map((group) => [...group.terms]),
  [...TERM_GROUPS.production.terms, ...TERM_GROUPS.enterprise.terms],
  [...TERM_GROUPS.edgeRuntimePytorch.terms, ...TERM_GROUPS.edgeRuntimeTensorflow.terms],
  [...TERM_GROUPS.production.terms, ...TERM_GROUPS.enterprise.terms, ...TERM_GROUPS.edge.terms].reverse(),
];

/** /claims' and /recommendations' scopes with the fixed term groups (and unions), against FTS5 over the postings; returns how many had jobs. */
function expectTermCountsMatch(db: Db): number {
  let withJobs = 0;
  for (const terms of TERM_SCOPES)
    for (const range of [{}, { from: "2026-01" }, { to: "2025-12" }])
      for (const sources of [undefined, ["hn"], ["greenhouse", "remotive", "lever", "ashby"]] as Array<PostingSourceName[] | undefined>)
        for (const roles of [[], ["ml_engineer"]] as Role[][])
          for (const region of [undefined, "europe"] as Array<Region | undefined>) {
            const scope: ScannedScope = { ...range, sources, roles, useCases: [], region, terms };
            const expected = scannedFrameworkJobCounts(db, scope);
            expect(getFrameworkJobCounts(db, scope), JSON.stringify(scope)).toEqual(expected);
            if (expected.jobs) withJobs++;
          }
  for (const sources of [undefined, ["ashby"]] as Array<PostingSourceName[] | undefined>) {
    const runtimes = getTermGroupJobCounts(db, { sources }, EDGE_RUNTIME_TERMS);
    const scanned = (terms: readonly string[]) => scannedFrameworkJobCounts(db, { sources, roles: [], useCases: [], terms: [...terms] }).jobs;
    expect(runtimes).toEqual({ tensorflow: scanned(EDGE_RUNTIME_TERMS.tensorflow), pytorch: scanned(EDGE_RUNTIME_TERMS.pytorch), any: scanned([...EDGE_RUNTIME_TERMS.tensorflow, ...EDGE_RUNTIME_TERMS.pytorch]) });
  }
  return withJobs;
}

const item = (sourceId: string, overrides: Partial<NormalisedPosting> = {}, postedAt?: string) => rollupItem(sourceId, { seniority: "senior", ...overrides }, postedAt);
const ingest = ingestRollupItems;
const idOf = postingIdOf;

describe("job market cells", () => {
  it("match the postings and answer as the scanning SQL did after the real scrape of the recorded web", () => {
    expect(all(temp.db, "select count(*) as n from postings")[0]!.n).toBeGreaterThan(300);
    expect(all(temp.db, "select count(*) as n from job_market_shared")[0]!.n).toBeGreaterThan(0);
    expect(all(temp.db, "select count(*) as n from postings where region_bits = 0")[0]!.n).toBeGreaterThan(0);
    expectCellsMatch(temp.db);
    expect(expectDemandMatches(temp.db)).toBeGreaterThan(100);
    expect(expectFrameworkCountsMatch(temp.db)).toBeGreaterThan(100);
    expect(expectTermCountsMatch(temp.db)).toBeGreaterThan(50);
  }, 60_000);

  it("follow jobs joining and leaving groups, changed items and a posting in a region and in none", () => {
    const db = temp.db;
    const apply = "https://jobs.lever.co/cohere/abc/apply";
    // A country in no region of the table next to one that is: the job counts in both.
    ingest(db, "greenhouse", [item("g1", { applyUrl: apply, countries: ["US", "ZZ"] })], { board: "cohere" });
    ingest(db, "lever", [item("l1", { applyUrl: apply, title: "Machine Learning Engineer", useCases: ["computer_vision"], frameworks: [], roles: [], seniority: "mid" })], { board: "cohere" });
    ingest(db, "lever", [item("l2", { applyUrl: apply, countries: [], roles: ["data_scientist", "ml_engineer"] }, "2026-08-01T00:00:00.000Z")], { board: "cohere" });
    expect(idOf(db, "lever", "l2").groupId).toBe(idOf(db, "greenhouse", "g1").id);
    expectCellsMatch(db);
    const inBoth = getDemandSupply(db, { by: ["region"], source: "greenhouse" });
    expect(new Set(inBoth.filter((row) => row.postings > 0).map((row) => row.region))).toEqual(new Set(["northern_america", "unknown"]));
    // Changed item: another apply URL, month, labels: a job of its own again, and its group back to two.
    ingest(db, "lever", [item("l1", { applyUrl: "https://jobs.lever.co/cohere/other", title: "Data Engineer", description: "Pipelines in Spark. ".repeat(20), frameworks: [{ framework: "tensorflow", context: "stack", snippet: "TF" }], countries: ["DE", "FR"] }, "2026-08-03T00:00:00.000Z")], { board: "cohere" });
    expect(idOf(db, "lever", "l1").groupId).toBe(idOf(db, "lever", "l1").id);
    expectCellsMatch(db);
    ingest(db, "lever", [item("l2", { applyUrl: "https://jobs.lever.co/cohere/third", description: "Ranking models. ".repeat(20), countries: ["US"] }, "2026-08-01T00:00:00.000Z")], { board: "cohere" });
    expectCellsMatch(db);
    expect(expectDemandMatches(db)).toBeGreaterThan(100);
  }, 60_000);

  it("follow term groups gained and lost as a posting's text changes, through the ingest and written directly", () => {
    const db = temp.db;
    const runtimeMatches = () => Number(all(db, "select count(*) as n from postings where term_bits & ?", TERM_GROUPS.edgeRuntimeTensorflow.bit)[0]!.n);
    const before = runtimeMatches();
    const apply = "https://jobs.lever.co/runtime/one/apply";
    // Through the real ingest: two postings of one job (same apply URL), one naming TensorFlow Lite, one not.
    ingest(db, "ashby", [item("rt1", { company: "Runtime Co", title: "Android ML Engineer (TFLite)", description: "Ship TensorFlow Lite models to phones. ".repeat(4), applyUrl: apply }, "2026-09-01T00:00:00.000Z")], { board: "runtime" });
    ingest(db, "lever", [item("rt2", { company: "Runtime Co", title: "ML Engineer", description: "Serve models for enterprise customers. ".repeat(4), applyUrl: apply }, "2026-09-02T00:00:00.000Z")], { board: "runtime" });
    ingest(db, "ashby", [item("rt3", { company: "Edge Co", title: "On-device ML", description: "ExecuTorch or PyTorch Mobile deployment on-device. ".repeat(4), countries: ["DE"] }, "2026-09-03T00:00:00.000Z")], { board: "edge" });
    expect(idOf(db, "lever", "rt2").groupId).toBe(idOf(db, "ashby", "rt1").id);
    expect(runtimeMatches()).toBe(before + 1);
    expectCellsMatch(db);
    expect(expectTermCountsMatch(db)).toBeGreaterThan(50);
    // Changed items: rt1 loses TensorFlow Lite and gains inference (production); rt3 loses the PyTorch runtimes, gains LiteRT.
    ingest(db, "ashby", [item("rt1", { company: "Runtime Co", title: "Android ML Engineer", description: "Run inference on phones. ".repeat(4), applyUrl: apply }, "2026-09-01T00:00:00.000Z")], { board: "runtime" });
    ingest(db, "ashby", [item("rt3", { company: "Edge Co", title: "On-device ML", description: "LiteRT deployment. ".repeat(4), countries: ["DE"] }, "2026-09-03T00:00:00.000Z")], { board: "edge" });
    expectCellsMatch(db);
    expect(expectTermCountsMatch(db)).toBeGreaterThan(50);
    // Text written directly, not by the ingest: the update trigger asks FTS5 for the new text's groups,
    // also when the key moves in the same statement and in jobs of several postings.
    const rt2 = idOf(db, "lever", "rt2").id;
    db.$client.prepare("UPDATE postings SET description = 'Convert models with tflite_convert for mobile.' WHERE id = ?").run(rt2);
    expect(all(db, "select term_bits from postings where id = ?", rt2)).toEqual([{ term_bits: TERM_GROUPS.edgeRuntimeTensorflow.bit | TERM_GROUPS.edge.bit }]);
    db.$client.prepare("UPDATE postings SET title = title || ' (inference)', month = '2026-10' WHERE group_id = ?").run(idOf(db, "ashby", "rt1").id);
    db.$client.prepare("UPDATE postings SET description = replace(description, 'mobile', 'desktop'), company = 'Enterprise Co' WHERE source = 'hn' AND id % 4 = 1").run();
    db.$client.prepare("UPDATE postings SET description = description || ' Model serving at the edge on mobile devices.' WHERE source = 'greenhouse' AND id % 3 = 2").run();
    db.$client.prepare("UPDATE postings SET company = NULL WHERE company LIKE '%enterprise%'").run();
    expectCellsMatch(db);
    expect(expectTermCountsMatch(db)).toBeGreaterThan(50);
  }, 120_000);

  it("follow re-extraction, closing, deletes and direct writes of postings and label rows", () => {
    const db = temp.db;
    const g1 = idOf(db, "greenhouse", "g1");
    applyRederived(db, [{ id: g1.id, postedAt: "2026-07-01T00:00:00.000Z", posting: item("g1", { frameworks: [{ framework: "jax", context: "stack", snippet: "JAX" }], useCases: [], countries: ["DE", "fr", "ZZ"], roles: ["research_engineer"], seniority: "staff_plus" }).posting }]);
    expectCellsMatch(db);
    ingest(db, "greenhouse", [item("root", { company: "Mistral", title: "Research Engineer", description: "root text ".repeat(30), applyUrl: "https://jobs.lever.co/cohere/third" }, "2026-05-01T00:00:00.000Z")], { board: "mistral", complete: true });
    expect(idOf(db, "greenhouse", "root").groupId).toBe(idOf(db, "lever", "l2").groupId);
    expectCellsMatch(db);
    db.$client.prepare("DELETE FROM postings WHERE id = ?").run(idOf(db, "lever", "l2").id);
    db.$client.prepare("DELETE FROM postings WHERE id = ?").run(idOf(db, "lever", "l1").id);
    expectCellsMatch(db);
    // Label rows and the key columns written directly, not by the ingest.
    db.$client.prepare("INSERT OR IGNORE INTO posting_roles (posting_id, role) SELECT id, 'management' FROM postings WHERE source = 'hn' AND id % 3 = 0").run();
    db.$client.prepare("DELETE FROM posting_roles WHERE role = 'ml_engineer' AND posting_id % 4 = 0").run();
    db.$client.prepare("INSERT OR IGNORE INTO posting_countries (posting_id, country) SELECT id, 'zz' FROM postings WHERE source = 'remotive' AND id % 2 = 0").run();
    db.$client.prepare("INSERT OR IGNORE INTO posting_countries (posting_id, country) SELECT id, 'jp' FROM postings WHERE id % 5 = 0").run();
    db.$client.prepare("DELETE FROM posting_countries WHERE country = 'US' AND posting_id % 3 = 0").run();
    db.$client.prepare("DELETE FROM posting_frameworks WHERE framework = 'pytorch' AND posting_id % 2 = 0").run();
    db.$client.prepare("INSERT OR IGNORE INTO posting_use_cases (posting_id, use_case) SELECT id, 'robotics' FROM postings WHERE id % 6 = 0").run();
    expectCellsMatch(db);
    db.$client.prepare("UPDATE postings SET month = '2019-01', seniority = 'junior' WHERE source = 'hn' AND id % 7 = 0").run();
    db.$client.prepare("UPDATE postings SET group_id = (SELECT min(id) FROM postings WHERE source = 'hn') WHERE source = 'hn' AND id % 11 = 0").run();
    db.$client.prepare("UPDATE postings SET group_id = NULL WHERE source = 'hn' AND id % 13 = 0").run();
    expectCellsMatch(db);
    db.$client.prepare("DELETE FROM postings WHERE source = 'hn' AND id % 5 = 0").run();
    expectCellsMatch(db);
    expect(expectDemandMatches(db)).toBeGreaterThan(100);
    expect(expectFrameworkCountsMatch(db)).toBeGreaterThan(100);
    expect(expectTermCountsMatch(db)).toBeGreaterThan(50);
  }, 120_000);

  it("label every region the table holds with its own bit", () => {
    expect(REGIONS.map(regionBit)).toEqual(all(temp.db, "select bit from country_regions group by region order by bit").map((row) => row.bit));
  });
});
