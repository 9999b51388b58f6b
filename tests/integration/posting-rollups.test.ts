import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applyRederived } from "@/db/ingest/reextract";
import { registerSource } from "@/db/ingest/runs";
import { countCompanyJobs } from "@/db/queries/company-jobs";
import { countJobCells, type JobCellQuery } from "@/db/queries/job-cells";
import type { NormalisedPosting } from "@/lib/normalise/types";
import { ingestRollupItems, postingIdOf, rollupItem } from "../helpers/rollup-items";
import { seedDashboard } from "../helpers/seed-dashboard";
import { createTempDb } from "../helpers/temp-db";

// The rollups of migrations 0008, 0009 and 0013 against the same figures recomputed from the base tables, after the
// real scrape and after every kind of write: changed items, dedup regrouping, re-extraction, closing, deletes.

let temp: ReturnType<typeof createTempDb>;
beforeAll(async () => {
  temp = createTempDb();
  await seedDashboard(temp.db);
  for (const name of ["greenhouse", "lever"]) registerSource(temp.db, { name, label: name, schedule: "0 * * * *" });
}, 120_000);
afterAll(() => temp.cleanup());

type Row = Record<string, string | number | null>;
const all = (db: Db, query: string) => db.$client.prepare(query).all() as Row[];

const RECOMPUTED = {
  job_group_sizes: `select coalesce(group_id, id) as group_id, count(*) as members from postings group by 1 order by 1`,
  posting_cells: `
    with sizes as (select coalesce(group_id, id) as job, count(*) as members from postings group by 1),
    f as (select id as posting_id, '*' as framework from postings union all select distinct posting_id, '+' from posting_frameworks union all select posting_id, framework from posting_frameworks),
    u as (select id as posting_id, '*' as use_case from postings union all select distinct posting_id, '+' from posting_use_cases union all select posting_id, use_case from posting_use_cases),
    labelled as (select p.month, p.source, f.framework, u.use_case, s.job, s.members
      from postings p join sizes s on s.job = coalesce(p.group_id, p.id) join f on f.posting_id = p.id join u on u.posting_id = p.id),
    confined as (select framework, use_case, job from labelled where members > 1 group by 1, 2, 3 having count(distinct source || ' ' || month) = 1)
    select l.month, l.source, l.framework, l.use_case, count(*) as postings, sum(l.members = 1) as single_jobs,
      count(distinct case when c.job is not null then l.job end) as confined_jobs
    from labelled l left join confined c on c.framework = l.framework and c.use_case = l.use_case and c.job = l.job
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
  shared_job_cells: `
    with sizes as (select coalesce(group_id, id) as job, count(*) as members from postings group by 1),
    f as (select id as posting_id, '*' as framework from postings union all select distinct posting_id, '+' from posting_frameworks union all select posting_id, framework from posting_frameworks),
    u as (select id as posting_id, '*' as use_case from postings union all select distinct posting_id, '+' from posting_use_cases union all select posting_id, use_case from posting_use_cases)
    select *, count(*) over (partition by framework, use_case, group_id) > 1 as spread from (
      select f.framework, u.use_case, p.source, p.month, s.job as group_id, count(*) as members
      from postings p join sizes s on s.job = coalesce(p.group_id, p.id) join f on f.posting_id = p.id join u on u.posting_id = p.id
      where s.members > 1 group by 1, 2, 3, 4, 5
    ) order by 1, 2, 3, 4, 5`,
  posting_company_counts: `select source, coalesce(company, '') as company, company is null as unnamed, count(*) as postings, count(closed_at) as closed from postings group by 1, 2, 3 order by 1, 2, 3`,
  posting_country_counts: `select country, count(*) as postings from posting_countries group by 1 order by 1`,
  company_groups: `
    select group_id, company, postings, count(*) over (partition by group_id) > 1 as shared
    from (select coalesce(group_id, id) as group_id, company, count(*) as postings from postings where company is not null group by 1, 2) order by 1, 2`,
  company_jobs: `select company, count(*) as postings, count(distinct coalesce(group_id, id)) as jobs from postings where company is not null group by 1 order by 1`,
  country_groups: `select coalesce(p.group_id, p.id) as group_id, c.country, count(*) as postings from posting_countries c join postings p on p.id = c.posting_id group by 1, 2 order by 1, 2`,
  country_jobs: `select c.country, count(distinct coalesce(p.group_id, p.id)) as jobs from posting_countries c join postings p on p.id = c.posting_id group by 1 order by 1`,
};
const STORED = {
  job_group_sizes: `select group_id, members from job_group_sizes order by 1`,
  posting_cells: `select month, source, framework, use_case, postings, single_jobs, confined_jobs from posting_cells where postings <> 0 or single_jobs <> 0 or confined_jobs <> 0 order by 1, 2, 3, 4`,
  // Every row, zeros too: a group's row must go when its last posting in the cell leaves.
  shared_job_cells: `select framework, use_case, source, month, group_id, members, spread from shared_job_cells order by 1, 2, 3, 4, 5`,
  posting_company_counts: `select source, company, unnamed, postings, closed from posting_company_counts where postings <> 0 or closed <> 0 order by 1, 2, 3`,
  posting_country_counts: `select country, postings from posting_country_counts where postings <> 0 order by 1`,
  // Every row: a name's row, and a group's row under it, must go with its last posting.
  company_groups: `select group_id, company, postings, shared from company_groups order by 1, 2`,
  company_jobs: `select company, postings, jobs from company_jobs order by 1`,
  country_groups: `select group_id, country, postings from country_groups order by 1, 2`,
  country_jobs: `select country, jobs from country_jobs order by 1`,
};

// Company searches the explorer counts from company_jobs and company_groups, against the postings.
const COMPANY_SEARCHES = [
  { company: "a", companyMatch: "contains" },
  { company: "mistral", companyMatch: "contains" },
  { company: "r", companyMatch: "contains" },
  { company: "Renamed", companyMatch: "exact" },
  { company: "%", companyMatch: "contains" },
  { company: "zzzz-none", companyMatch: "contains" },
] as const;

// Scopes the pages ask, answered by countJobCells and by count(distinct coalesce(group_id, id)) over the postings.
const SCOPES: Array<{ query: JobCellQuery; where: string; labels?: string }> = [
  { query: { by: [] }, where: "1" },
  { query: { by: ["month"], sources: ["hn"] }, where: "p.source = 'hn'" },
  { query: { by: ["source"], from: "2026-01" }, where: "p.month >= '2026-01'" },
  { query: { by: ["framework"], frameworks: ["pytorch"] }, where: "1", labels: "exists (select 1 from posting_frameworks x where x.posting_id = p.id and x.framework = 'pytorch')" },
  {
    query: { by: [], frameworks: ["+"], useCases: ["+"], sources: ["ashby", "remotive", "greenhouse", "lever", "careers"] },
    where: "p.source <> 'hn'",
    labels: "exists (select 1 from posting_frameworks x where x.posting_id = p.id) and exists (select 1 from posting_use_cases x where x.posting_id = p.id)",
  },
];

function expectRollupsMatch(db: Db): void {
  for (const table of Object.keys(RECOMPUTED) as Array<keyof typeof RECOMPUTED>) {
    expect(all(db, STORED[table]), table).toEqual(all(db, RECOMPUTED[table]));
  }
  expect(all(db, "select count(*) as n from posting_cell_deltas union all select count(*) from shared_cell_deltas")).toEqual([{ n: 0 }, { n: 0 }]);
  for (const search of COMPANY_SEARCHES) {
    const where = search.companyMatch === "exact" ? "company = ?" : "company like ? escape '\\'";
    const value = search.companyMatch === "exact" ? search.company : `%${search.company.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const expected = db.$client.prepare(`select count(*) as postings, count(distinct coalesce(group_id, id)) as jobs from postings where ${where}`).get(value);
    expect(countCompanyJobs(db, search), JSON.stringify(search)).toEqual(expected);
  }
  for (const { query, where, labels } of SCOPES) {
    const dims = query.by.map((dim) => (dim === "month" ? "p.month" : dim === "source" ? "p.source" : `'${query.frameworks?.[0]}'`));
    const expected = all(
      db,
      `select ${dims.length ? `${dims.join(", ")}, ` : ""}count(*) as postings, count(distinct coalesce(p.group_id, p.id)) as jobs from postings p
       where ${where} and ${labels ?? "1"} ${dims.length ? `group by ${dims.join(", ")} order by ${dims.join(", ")}` : ""}`,
    ).filter((row) => Number(row.postings) > 0);
    const answered = countJobCells(db, query).map((row) => [...query.by.map((dim) => row[dim]), row.postings, row.jobs]);
    expect(answered, JSON.stringify(query)).toEqual(expected.map((row) => Object.values(row)));
  }
}

const item = rollupItem;
const ingest = ingestRollupItems;
const idOf = postingIdOf;

describe("posting rollups", () => {
  it("match the postings after the real scrape of the recorded web", () => {
    expect(all(temp.db, "select count(*) as n from postings")[0]!.n).toBeGreaterThan(300);
    expect(all(temp.db, "select count(*) as n from job_group_sizes where members > 1")[0]!.n).toBeGreaterThan(0);
    expectRollupsMatch(temp.db);
  });

  it("follow a job joining a group on another source, and leaving it when its item changes", () => {
    const db = temp.db;
    const apply = "https://jobs.lever.co/cohere/abc/apply";
    ingest(db, "greenhouse", [item("g1", { applyUrl: apply })], { board: "cohere" });
    ingest(db, "lever", [item("l1", { applyUrl: apply, title: "Machine Learning Engineer", useCases: ["computer_vision"], frameworks: [] })], { board: "cohere" });
    expect(idOf(db, "lever", "l1").groupId).toBe(idOf(db, "greenhouse", "g1").id);
    expectRollupsMatch(db);
    // Changed item: another apply URL, another month, other labels: a job of its own again.
    ingest(db, "lever", [item("l1", { applyUrl: "https://jobs.lever.co/cohere/other", title: "Data Engineer", description: "Pipelines in Spark. ".repeat(20), frameworks: [{ framework: "tensorflow", context: "stack", snippet: "TF" }] }, "2026-08-03T00:00:00.000Z")], { board: "cohere" });
    expect(idOf(db, "lever", "l1").groupId).toBe(idOf(db, "lever", "l1").id);
    expectRollupsMatch(db);
  });

  it("follow a group whose first posting moves to another group, leaving the reposts behind", () => {
    const db = temp.db;
    ingest(db, "greenhouse", [item("root", { company: "Mistral", title: "Research Engineer", locationText: "Paris", description: "root text ".repeat(30) }, "2026-05-01T00:00:00.000Z")], { board: "mistral" });
    ingest(db, "greenhouse", [item("repost", { company: "Mistral", title: "Research Engineer", locationText: "Paris", description: "other text ".repeat(30) }, "2026-05-20T00:00:00.000Z")], { board: "mistral" });
    ingest(db, "lever", [item("target", { company: "Other", title: "Other", description: "target text ".repeat(30), applyUrl: "https://jobs.example.test/target" })], { board: "other" });
    expect(idOf(db, "greenhouse", "repost").groupId).toBe(idOf(db, "greenhouse", "root").id);
    ingest(db, "greenhouse", [item("root", { company: "Mistral", title: "Research Engineer", locationText: "Paris", description: "root text ".repeat(30), applyUrl: "https://jobs.example.test/target" }, "2026-05-01T00:00:00.000Z")], { board: "mistral" });
    expect(idOf(db, "greenhouse", "root").groupId).toBe(idOf(db, "lever", "target").id);
    // One group under two names (Mistral, Other): its company rows are shared, and a search matching both counts it once.
    expect(all(db, `select company, shared from company_groups where group_id = ${idOf(db, "lever", "target").id} order by 1`)).toEqual([
      { company: "Mistral", shared: 1 },
      { company: "Other", shared: 1 },
    ]);
    expectRollupsMatch(db);
  });

  it("follow the labels of postings that stay in a group of three: re-extraction and direct label writes", () => {
    const db = temp.db;
    const apply = "https://jobs.example.test/deepmind/apply";
    const base = { company: "DeepMind", title: "Research Scientist", locationText: "London", applyUrl: apply };
    ingest(db, "greenhouse", [item("dm1", { ...base, description: "first text ".repeat(30) })], { board: "deepmind" });
    ingest(db, "lever", [item("dm2", { ...base, description: "second text ".repeat(30), frameworks: [{ framework: "jax", context: "required", snippet: "JAX" }], useCases: ["computer_vision"] }, "2026-06-02T00:00:00.000Z")], { board: "deepmind" });
    ingest(db, "greenhouse", [item("dm3", { ...base, description: "third text ".repeat(30), frameworks: [], useCases: [] }, "2026-06-03T00:00:00.000Z")], { board: "deepmind" });
    const group = idOf(db, "greenhouse", "dm1").id;
    expect([idOf(db, "lever", "dm2").groupId, idOf(db, "greenhouse", "dm3").groupId]).toEqual([group, group]);
    // Three sources and months: the group's '*' rows are spread, not confined to one cell.
    expect(all(db, `select spread, count(*) as n from shared_job_cells where group_id = ${group} and framework = '*' and use_case = '*' group by 1`)).toEqual([{ spread: 1, n: 3 }]);
    expectRollupsMatch(db);
    // Re-extracted in place: frameworks and use cases swapped, the first and the last of a kind gained and lost.
    const rederive = (source: string, sourceId: string, postedAt: string, overrides: Partial<NormalisedPosting>) =>
      applyRederived(db, [{ id: idOf(db, source, sourceId).id, postedAt, posting: item(sourceId, { ...base, ...overrides }, postedAt).posting }]);
    rederive("lever", "dm2", "2026-06-02T00:00:00.000Z", { frameworks: [{ framework: "pytorch", context: "required", snippet: "PyTorch" }, { framework: "tensorflow", context: "stack", snippet: "TF" }], useCases: [] });
    rederive("greenhouse", "dm3", "2026-06-03T00:00:00.000Z", { frameworks: [{ framework: "pytorch", context: "required", snippet: "PyTorch" }], useCases: ["nlp_llm", "computer_vision"] });
    expect(idOf(db, "lever", "dm2").groupId).toBe(group);
    expect(idOf(db, "greenhouse", "dm3").groupId).toBe(group);
    expectRollupsMatch(db);
    // Labels written directly: the group's last posting with a label in a cell takes its row away.
    db.$client.prepare("DELETE FROM posting_frameworks WHERE posting_id IN (?, ?) AND framework = 'pytorch'").run(group, idOf(db, "greenhouse", "dm3").id);
    db.$client.prepare("DELETE FROM posting_use_cases WHERE posting_id = ?").run(group);
    db.$client.prepare("INSERT INTO posting_use_cases (posting_id, use_case) VALUES (?, 'speech_audio')").run(idOf(db, "lever", "dm2").id);
    expectRollupsMatch(db);
    // One member leaves by a move of month: the group's rows follow it into its new month.
    db.$client.prepare("UPDATE postings SET month = '2026-09' WHERE id = ?").run(idOf(db, "greenhouse", "dm3").id);
    expectRollupsMatch(db);
  });

  it("follow re-extraction, closing, a renamed company and deletes", () => {
    const db = temp.db;
    const g1 = idOf(db, "greenhouse", "g1");
    applyRederived(db, [{ id: g1.id, postedAt: "2026-07-01T00:00:00.000Z", posting: item("g1", { frameworks: [], useCases: [], countries: ["DE", "FR"], company: null }).posting }]);
    expectRollupsMatch(db);
    ingest(db, "greenhouse", [item("root", { company: "Mistral", title: "Research Engineer", locationText: "Paris", description: "root text ".repeat(30), applyUrl: "https://jobs.example.test/target" }, "2026-05-01T00:00:00.000Z")], { board: "mistral", complete: true });
    expect(all(db, "select count(*) as n from postings where closed_at is not null")[0]!.n).toBeGreaterThan(0);
    expectRollupsMatch(db);
    // A deleted member of a group of two leaves a single-posting job; a deleted single posting leaves nothing.
    db.$client.prepare("DELETE FROM postings WHERE id = ?").run(idOf(db, "lever", "target").id);
    db.$client.prepare("DELETE FROM postings WHERE id = ?").run(idOf(db, "lever", "l1").id);
    expectRollupsMatch(db);
    // Direct updates of the columns the rollups read.
    db.$client.prepare("UPDATE postings SET month = '2019-01', company = 'Renamed' WHERE source = 'hn' AND id % 7 = 0").run();
    db.$client.prepare("UPDATE postings SET group_id = (SELECT min(id) FROM postings WHERE source = 'hn') WHERE source = 'hn' AND id % 11 = 0").run();
    db.$client.prepare("UPDATE postings SET group_id = NULL WHERE source = 'hn' AND id % 13 = 0").run();
    expectRollupsMatch(db);
    db.$client.prepare("DELETE FROM postings WHERE source = 'hn' AND id % 5 = 0").run();
    expectRollupsMatch(db);
  });

  it("refuse a label rekeyed by UPDATE, which they would not follow, and keep a framework's context updatable", () => {
    const db = temp.db;
    const rekeys = [
      ["posting_frameworks", "framework", "framework = 'jax'"],
      ["posting_roles", "role", "role = 'data_scientist'"],
      ["posting_use_cases", "use_case", "use_case = 'time_series'"],
      ["posting_countries", "country", "country = 'ZZ'"],
      ["posting_countries", "country", "posting_id = (SELECT max(id) FROM postings)"],
    ] as const;
    for (const [table, key, set] of rekeys) {
      const row = all(db, `select posting_id, ${key} as label from ${table} limit 1`)[0]!;
      expect(() => db.$client.prepare(`UPDATE ${table} SET ${set} WHERE posting_id = ? AND ${key} = ?`).run(row.posting_id, row.label), `${table}: ${set}`).toThrow(
        `${table}: a label is deleted and inserted, never updated`,
      );
    }
    expectRollupsMatch(db);
    expect(db.$client.prepare("UPDATE posting_frameworks SET context = 'stack', snippet = 'PyTorch' WHERE rowid IN (SELECT rowid FROM posting_frameworks LIMIT 3)").run().changes).toBe(3);
    expectRollupsMatch(db);
  });
});
