import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { ingestDataBatch } from "@/db/ingest/data-rows";
import { ingestBatch, type IngestItem } from "@/db/ingest/postings";
import { applyRederived } from "@/db/ingest/reextract";
import type { SurveyResponseInput } from "@/db/ingest/survey-responses";
import type { Breakdown } from "@/db/queries/market-filter";
import { getSalaryBands, MIN_BAND_N, type SalaryBand } from "@/db/queries/salaries";
import { COUNTRY_REGIONS, regionOf } from "@/lib/geo/regions";
import { frameworkBit, regionBit, roleBit, UNKNOWN_REGION_BIT } from "@/lib/money/pay-bits";
import { BAND_PERCENTILES, percentiles } from "@/lib/stats/percentile";
import type { FrameworkRelation, SurveyFramework } from "@/lib/surveys/frameworks";
import type { Framework, Role, Seniority } from "@/lib/taxonomy";
import { soSurveySource } from "@/scrapers/so-survey";
import { seedRespondents } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";
import { scrapeRecorded } from "../helpers/scrape-recorded";

// The rollups of migration 0007 (respondent profiles, survey pay value counts, posted pay rows) must
// equal what the base tables say after any sequence of inserts, changes and deletes.

const PROFILE_OF = `coalesce((select sum(case f.relation || ':' || f.framework when 'used:pytorch' then 1 when 'used:tensorflow' then 2
  when 'wanted:pytorch' then 4 when 'wanted:tensorflow' then 8 else 0 end) from survey_response_frameworks f where f.survey_response_id = r.id), 0)`;

type Row = Record<string, unknown>;
const sorted = (rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();

function expectRollupsMatchBase(db: Db): number {
  const all = (query: string) => db.$client.prepare(query).all() as Row[];
  // Each stored profile is what the response's framework rows say.
  expect(all(`select id, profile from survey_responses r where profile <> ${PROFILE_OF}`)).toEqual([]);
  const profiles = all(`select source, year, role, seniority, region, profile, respondents from survey_profile_counts where respondents <> 0`);
  const profilesFromBase = all(`select source, year, coalesce(role, '') as role, seniority, coalesce(region, '') as region, ${PROFILE_OF} as profile, count(*) as respondents
    from survey_responses r group by 1, 2, 3, 4, 5, 6`);
  expect(sorted(profiles)).toEqual(sorted(profilesFromBase));
  const pay = all(`select source, year, framework, role, seniority, region, value, respondents from survey_pay_counts where respondents <> 0`);
  const payFromBase = all(`
    select source, year, 'any' as framework, coalesce(role, '') as role, seniority, coalesce(region, '') as region, comp_yearly_usd as value, count(*) as respondents
    from survey_responses where comp_yearly_usd > 0 group by 1, 2, 3, 4, 5, 6, 7
    union all
    select r.source, r.year, f.framework, coalesce(r.role, ''), r.seniority, coalesce(r.region, ''), r.comp_yearly_usd, count(*)
    from survey_response_frameworks f join survey_responses r on r.id = f.survey_response_id
    where f.relation = 'used' and f.framework in ('tensorflow', 'pytorch', 'jax', 'keras') and r.comp_yearly_usd > 0
    group by 1, 2, 3, 4, 5, 6, 7`);
  expect(sorted(pay)).toEqual(sorted(payFromBase));
  // No rollup row ever goes below zero.
  expect(all(`select * from survey_profile_counts where respondents < 0 union all select source, year, role, seniority, region, value, respondents from survey_pay_counts where respondents < 0`)).toEqual([]);
  return profilesFromBase.length + payFromBase.length;
}

type Stored = SurveyResponseInput & { id: number };

/** Stored responses as ingest input again, so a changed copy goes through the real diff-and-update path. */
function storedResponses(db: Db, limit: number, offset: number): Stored[] {
  const rows = db.$client
    .prepare(
      `select id, source, year, source_id as sourceId, role, dev_type as devType, seniority, years_pro as yearsPro, country, country_name as countryName,
        region, comp_yearly_usd as compYearlyUsd from survey_responses order by id limit ? offset ?`,
    )
    .all(limit, offset) as Array<Omit<Stored, "frameworks">>;
  const frameworksOf = db.$client.prepare("select framework, relation from survey_response_frameworks where survey_response_id = ?");
  return rows.map((row) => ({ ...row, frameworks: frameworksOf.all(row.id) as Array<{ framework: SurveyFramework; relation: FrameworkRelation }> }));
}

function reingest(db: Db, rows: Stored[]): void {
  const input: SurveyResponseInput[] = rows.map(({ id: _id, ...row }) => row);
  const counts = ingestDataBatch(db, { data: { kind: "survey-responses", rows: input }, validators: [], fetchedAt: "2026-11-27T00:00:00.000Z" });
  expect(counts.updatedCount).toBeGreaterThan(0);
  expect(counts.updatedCount + counts.newCount + counts.unchangedCount).toBe(rows.length);
}

const toggle = (frameworks: Stored["frameworks"], framework: SurveyFramework, relation: FrameworkRelation) =>
  frameworks.some((f) => f.framework === framework && f.relation === relation)
    ? frameworks.filter((f) => !(f.framework === framework && f.relation === relation))
    : [...frameworks, { framework, relation }];

describe("survey rollups of migration 0007 against the base tables", () => {
  let temp: ReturnType<typeof createTempDb>;
  beforeAll(async () => {
    temp = createTempDb();
    const [summary] = await scrapeRecorded(temp.db, [soSurveySource], { now: new Date("2026-11-26T12:00:00Z") });
    expect(summary?.status).toBe("ok");
  });
  afterAll(() => temp.cleanup());

  it("match after the recorded survey's ingest", () => {
    expect(expectRollupsMatchBase(temp.db)).toBeGreaterThan(100);
    const withProfile = temp.db.$client.prepare("select count(*) as n from survey_responses where profile > 0").get() as { n: number };
    expect(withProfile.n).toBeGreaterThan(0);
  });

  it("match after new responses, including ones whose frameworks and pay repeat", () => {
    seedRespondents(temp.db, [
      { role: "ml_engineer", seniority: "senior", country: "DE", comp: 90_000, used: ["pytorch", "tensorflow"], wanted: ["pytorch"] },
      { role: "ml_engineer", seniority: "senior", country: "DE", comp: 90_000, used: ["pytorch"], wanted: ["tensorflow", "jax"] },
      { role: null, country: null, comp: 0, used: ["keras"], wanted: ["pytorch"] },
      { year: 2021, role: "data_scientist", country: "US", comp: 120_000, used: ["jax"], other: ["scikit_learn"] },
    ]);
    expectRollupsMatchBase(temp.db);
  });

  it("match after changed responses: another cell, other pay, frameworks added and dropped", () => {
    const rows = storedResponses(temp.db, 40, 10);
    const changed = rows.map((row, i) => {
      switch (i % 5) {
        case 0:
          return { ...row, role: row.role === "data_scientist" ? "ml_engineer" : "data_scientist", region: row.region === "europe" ? "north_america" : "europe" };
        case 1:
          return { ...row, compYearlyUsd: row.compYearlyUsd ? null : 77_000, frameworks: toggle(row.frameworks, "pytorch", "used") };
        case 2:
          return { ...row, frameworks: toggle(toggle(row.frameworks, "tensorflow", "wanted"), "keras", "used") };
        case 3:
          return { ...row, seniority: row.seniority === "senior" ? "junior" : "senior", compYearlyUsd: (row.compYearlyUsd ?? 0) + 1_000, frameworks: [] };
        default:
          // Another year is another response (the key is source, year, id): an insert beside the old one.
          return { ...row, year: row.year - 1 };
      }
    }) as Stored[];
    reingest(temp.db, changed);
    expectRollupsMatchBase(temp.db);
    // And back again: every rollup row touched twice.
    reingest(temp.db, rows);
    expectRollupsMatchBase(temp.db);
  });

  it("match after deletes of responses (their framework rows cascade) and of single framework rows", () => {
    const sqlite = temp.db.$client;
    sqlite.prepare("delete from survey_responses where id in (select id from survey_responses order by id limit 15 offset 3)").run();
    expectRollupsMatchBase(temp.db);
    sqlite.prepare("delete from survey_response_frameworks where rowid in (select rowid from survey_response_frameworks where framework in ('pytorch', 'tensorflow', 'keras') limit 20)").run();
    expectRollupsMatchBase(temp.db);
    sqlite.prepare("update survey_responses set comp_yearly_usd = comp_yearly_usd * 2, region = null where id in (select id from survey_responses order by id desc limit 10)").run();
    expectRollupsMatchBase(temp.db);
  });
});

// posted_pay: one row per posting stating pay, its labels as bits, the value counts of 0009 kept
// from it, and the bands they give must be those the base tables give by the rule "a duplicate
// group's earliest posting stating pay in a currency stands for it" (the window query the bands ran
// before migration 0007).

const PAY_FROM_BASE = `
  select p.id as posting_id, coalesce(p.group_id, p.id) as job, p.salary_currency as currency, (p.salary_annual_min + p.salary_annual_max) / 2.0 as value,
    p.month, p.source, p.seniority,
    (select group_concat(framework) from (select framework from posting_frameworks where posting_id = p.id order by framework)) as frameworks,
    (select group_concat(role) from (select role from posting_roles where posting_id = p.id order by role)) as roles,
    (select group_concat(country) from (select upper(country) as country from posting_countries where posting_id = p.id order by 1)) as countries
  from postings p
  where p.salary_annual_min is not null and p.salary_annual_max is not null and p.salary_currency is not null`;

function expectPostedPayMatchesBase(db: Db): number {
  const stored = db.$client.prepare("select * from posted_pay").all() as Array<Record<string, number | string>>;
  const base = db.$client.prepare(PAY_FROM_BASE).all() as Array<Record<string, string | number | null>>;
  const split = (list: string | number | null | undefined) => (list ? String(list).split(",") : []);
  const expected = base.map((row) => {
    const regions = split(row.countries).map((country) => regionOf(country));
    return {
      posting_id: row.posting_id,
      job: row.job,
      currency: row.currency,
      value: row.value,
      month: row.month,
      source: row.source,
      seniority: row.seniority,
      framework_bits: split(row.frameworks).reduce((bits, f) => bits | frameworkBit(f as Framework), 0),
      role_bits: split(row.roles).reduce((bits, r) => bits | roleBit(r as Role), 0),
      region_bits: regions.reduce((bits, region) => bits | (region ? regionBit(region) : UNKNOWN_REGION_BIT), 0),
    };
  });
  expect(sorted(stored)).toEqual(sorted(expected));
  expectPayCountsMatch(db, expected);
  return stored.length;
}

type PayRow = { currency: unknown; job: unknown; month: unknown; source: unknown; seniority: unknown; value: unknown; framework_bits: unknown; role_bits: unknown; region_bits: unknown };

/** posted_pay_jobs and posted_pay_cells (migration 0009): per job and currency its rows and earliest row, and the jobs confined to one month and source per cell. */
function expectPayCountsMatch(db: Db, expected: PayRow[]): void {
  const jobs = new Map<string, Array<PayRow & { posting_id: unknown }>>();
  for (const row of expected as Array<PayRow & { posting_id: unknown }>) {
    const key = JSON.stringify([row.currency, row.job]);
    jobs.set(key, [...(jobs.get(key) ?? []), row]);
  }
  const jobsFromBase = [...jobs.values()].map((rows) => {
    const earliest = rows.reduce((a, b) => (Number(b.posting_id) < Number(a.posting_id) ? b : a));
    const counted = new Set(rows.map((row) => `${row.month}|${row.source}`)).size === 1 ? 1 : 0;
    const { currency, job, month, source, seniority, value, framework_bits, role_bits, region_bits } = earliest;
    return { currency, job, postings: rows.length, counted, month, source, seniority, value, framework_bits, role_bits, region_bits };
  });
  const cells = new Map<string, number>();
  for (const { currency, month, source, seniority, value, framework_bits, role_bits, region_bits, counted } of jobsFromBase) {
    if (!counted) continue;
    const key = JSON.stringify({ currency, month, source, seniority, value, framework_bits, role_bits, region_bits });
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const cellsFromBase = [...cells].map(([key, n]) => ({ ...(JSON.parse(key) as object), jobs: n }));
  const stored = (query: string) => db.$client.prepare(query).all() as Row[];
  expect(sorted(stored("select currency, job, postings, counted, month, source, seniority, value, framework_bits, role_bits, region_bits from posted_pay_jobs"))).toEqual(sorted(jobsFromBase));
  const cellRows = "select currency, month, source, seniority, value, framework_bits, role_bits, region_bits, jobs from posted_pay_cells";
  expect(sorted(stored(`${cellRows} where jobs <> 0`))).toEqual(sorted(cellsFromBase));
  expect(stored(`${cellRows} where jobs < 0`)).toEqual([]);
}

type Item = { id: string; month?: string; group?: string; usd?: number; currency?: string; frameworks?: Framework[]; roles?: Role[]; countries?: string[]; seniority?: Seniority };

function item({ id, month = "2026-01", group, usd, currency = "USD", frameworks = [], roles = [], countries = [], seniority = "unspecified" }: Item): IngestItem {
  return {
    sourceId: id,
    url: `https://jobs.example.test/${id}`,
    record: { id, month, group, usd, currency, frameworks, roles, countries, seniority },
    month,
    postedAt: `${month}-03T00:00:00.000Z`,
    posting: {
      company: `Company ${id}`,
      title: `Job ${id}`,
      locationText: null,
      description: `The job ${id}, in its own words`,
      // Items sharing `group` share an apply URL: one duplicate group.
      applyUrl: `https://apply.example.test/${group ?? id}`,
      frameworks: frameworks.map((framework) => ({ framework, context: "stack" as const, snippet: framework })),
      roles,
      useCases: [],
      countries,
      seniority,
      remote: "unspecified",
      salary: usd === undefined ? null : { min: usd - 10_000, max: usd + 10_000, currency, period: "year", text: `${usd}` },
    },
  };
}

/** Every band of the base tables, by the window rule the bands were defined with. */
function bandsFromBase(db: Db, by: Breakdown[], scope: { from?: string; to?: string; source?: string } = {}): Array<Record<string, unknown>> {
  const split = new Set(by);
  const cell = (dim: Breakdown, column: string) => (split.has(dim) ? `coalesce(${column}, 'unknown')` : "'all'");
  const regions = COUNTRY_REGIONS.map(([code, region]) => `('${code}', '${region}')`).join(", ");
  const filters = [scope.from && `month >= '${scope.from}'`, scope.to && `month <= '${scope.to}'`, scope.source && `source = '${scope.source}'`].filter(Boolean).map((f) => ` and ${f}`).join("");
  const rows = db.$client
    .prepare(
      `with country_region as (select column1 as country, column2 as region from (values ${regions})),
      pay as (select id, coalesce(group_id, id) as job, seniority, salary_currency as currency, (salary_annual_min + salary_annual_max) / 2.0 as value,
        row_number() over (partition by coalesce(group_id, id), salary_currency order by id) as k
        from postings where salary_annual_min is not null and salary_annual_max is not null and salary_currency is not null${filters}),
      labelled as (select pay.*, ${cell("role", "pr.role")} as role, ${cell("seniority", "pay.seniority")} as cell_seniority, ${cell("region", "cr.region")} as region
        from pay left join posting_roles pr on pr.posting_id = pay.id left join posting_countries pc on pc.posting_id = pay.id
        left join country_region cr on cr.country = upper(pc.country) where k = 1)
      select distinct job, pf.framework as framework, role, cell_seniority as seniority, region, currency, value from labelled join posting_frameworks pf on pf.posting_id = labelled.id
      union all
      select distinct job, 'any', role, cell_seniority, region, currency, value from labelled`,
    )
    .all() as Array<{ job: number; framework: string; role: string; seniority: string; region: string; currency: string; value: number }>;
  const bands = new Map<string, { key: Omit<(typeof rows)[number], "value" | "job">; values: number[] }>();
  for (const { value, job: _job, ...key } of rows) {
    const id = JSON.stringify(key);
    bands.set(id, { key, values: [...(bands.get(id)?.values ?? []), value] });
  }
  return [...bands.values()].map(({ key, values }) => {
    const [p10 = null, p25 = null, p50 = null, p75 = null, p90 = null] = values.length < MIN_BAND_N ? [] : percentiles(values, BAND_PERCENTILES);
    return { ...key, n: values.length, p10, p25, p50, p75, p90 };
  });
}

function expectBandsMatchBase(db: Db): void {
  const pick = ({ framework, role, seniority, region, currency, n, p10, p25, p50, p75, p90 }: Partial<SalaryBand> | Record<string, unknown>) => ({ framework, role, seniority, region, currency, n, p10, p25, p50, p75, p90 });
  const cases: Array<{ by: Breakdown[]; from?: string; to?: string; source?: "ashby" | "greenhouse" }> = [
    { by: [] },
    { by: ["role"] },
    { by: ["region", "seniority"] },
    { by: ["role", "region"], from: "2026-02" },
    { by: [], source: "ashby", to: "2026-02" },
  ];
  for (const { by, ...scope } of cases) {
    const ours = getSalaryBands(db, { origin: "posted", by, ...scope }).map(pick);
    expect(sorted(ours)).toEqual(sorted(bandsFromBase(db, by, scope).map(pick)));
  }
}

describe("posted_pay of migration 0007 against postings and their labels", () => {
  let temp: ReturnType<typeof createTempDb>;
  const ingest = (source: string, items: IngestItem[], complete = false) =>
    ingestBatch(temp.db, { source, runId: null, fetchedAt: "2026-11-26T00:00:00.000Z", items, validators: [], board: "acme", complete });
  const jobs = (n: number, make: (i: number) => Item) => Array.from({ length: n }, (_, i) => item(make(i)));
  const ROLE_CYCLE: Role[][] = [["ml_engineer"], ["research_scientist", "research_engineer"], [], ["data_scientist"]];
  const COUNTRY_CYCLE = [["US"], ["DE", "FR"], [], ["US", "GB", "XX"], ["JP"]];

  beforeAll(() => {
    temp = createTempDb();
    // 60 ads in two sources and three months; every third a repost of an earlier one (a duplicate group), some in EUR.
    ingest("ashby", jobs(40, (i) => ({
      id: `a${i}`,
      month: `2026-0${1 + (i % 3)}`,
      group: i % 3 === 2 ? `a${i - 2}` : undefined,
      usd: i % 7 === 0 ? undefined : 100_000 + 5_000 * (i % 9),
      currency: i % 5 === 0 ? "EUR" : "USD",
      frameworks: i % 2 ? ["pytorch"] : ["tensorflow", "pytorch"],
      roles: ROLE_CYCLE[i % 4],
      countries: COUNTRY_CYCLE[i % 5],
      seniority: i % 2 ? "senior" : "mid",
    })));
    ingest("greenhouse", jobs(20, (i) => ({ id: `g${i}`, month: "2026-02", group: i % 2 ? `a${i}` : undefined, usd: 120_000 + 1_000 * i, frameworks: ["pytorch"], roles: ROLE_CYCLE[(i + 1) % 4], countries: COUNTRY_CYCLE[i % 5] })));
  });
  afterAll(() => temp.cleanup());

  it("holds the same regions as lib/geo/regions.ts", () => {
    const stored = temp.db.$client.prepare("select country, region, bit from country_regions").all();
    expect(sorted(stored as Row[])).toEqual(sorted(COUNTRY_REGIONS.map(([country, region]) => ({ country, region, bit: regionBit(region) }))));
  });

  it("matches after ingest, and gives the bands the base tables give", () => {
    expect(expectPostedPayMatchesBase(temp.db)).toBeGreaterThan(40);
    expectBandsMatchBase(temp.db);
  });

  it("matches after changed items: pay dropped, added and moved, labels replaced, groups joined and left", () => {
    ingest("ashby", [
      item({ id: "a1", usd: undefined, frameworks: ["pytorch"] }),
      item({ id: "a7", usd: 150_000, roles: ["management"], countries: ["BR"] }),
      item({ id: "a3", group: "a4", usd: 90_000, currency: "USD", frameworks: ["keras"] }),
      item({ id: "a2", usd: 99_000, month: "2026-03" }),
      item({ id: "a0", usd: 101_000, group: "g5", countries: ["CA", "MX"], seniority: "junior" }),
    ]);
    expectPostedPayMatchesBase(temp.db);
    expectBandsMatchBase(temp.db);
  });

  it("matches after re-extraction and closing", () => {
    const rows = temp.db.$client.prepare("select id, posted_at as postedAt, source_id as sourceId from postings where source = 'greenhouse' order by id limit 6").all() as Array<{ id: number; postedAt: string; sourceId: string }>;
    applyRederived(temp.db, rows.map(({ id, postedAt, sourceId }, i) => ({ id, postedAt, posting: item({ id: sourceId, group: i % 2 ? undefined : "a10", usd: 130_000 + i, frameworks: ["jax"], roles: ["other"], countries: ["AU"] }).posting })));
    ingest("greenhouse", jobs(10, (i) => ({ id: `g${i}`, month: "2026-02", usd: 120_000 + 1_000 * i, frameworks: ["pytorch"] })), true);
    expectPostedPayMatchesBase(temp.db);
    expectBandsMatchBase(temp.db);
  });

  it("keeps the value counts when a posted_pay row changes job or currency in place (0007 itself deletes and inserts)", () => {
    const sqlite = temp.db.$client;
    const rows = () => sqlite.prepare("select * from posted_pay").all() as PayRow[];
    const [alone, shared] = ["= 1", "> 1"].map((size) => sqlite.prepare(`select p.posting_id, p.job, p.currency from posted_pay p join posted_pay_jobs j using (currency, job) where j.postings ${size} order by 1 limit 1`).get() as { posting_id: number; job: number; currency: string });
    expect(sqlite.prepare("select count(*) as n from posted_pay_jobs where counted = 0").get()).not.toEqual({ n: 0 });
    const moves: Array<[string, unknown[]]> = [
      ["update posted_pay set job = ? where posting_id = ?", [shared!.job, alone!.posting_id]],
      ["update posted_pay set currency = 'GBP' where posting_id = ?", [shared!.posting_id]],
      ["update posted_pay set job = ?, currency = ? where posting_id = ?", [alone!.job, alone!.currency, alone!.posting_id]],
      ["update posted_pay set currency = ? where posting_id = ?", [shared!.currency, shared!.posting_id]],
    ];
    for (const [statement, params] of moves) {
      sqlite.prepare(statement).run(...params);
      expectPayCountsMatch(temp.db, rows());
    }
    expectPostedPayMatchesBase(temp.db);
  });

  it("matches after deletes of postings and of single labels", () => {
    const sqlite = temp.db.$client;
    sqlite.prepare("delete from postings where id in (select id from postings order by id limit 5 offset 2)").run();
    sqlite.prepare("delete from posting_countries where rowid in (select rowid from posting_countries where upper(country) in ('FR', 'GB', 'XX') limit 4)").run();
    sqlite.prepare("delete from posting_roles where rowid in (select rowid from posting_roles limit 3)").run();
    sqlite.prepare("delete from posting_frameworks where rowid in (select rowid from posting_frameworks where framework = 'tensorflow' limit 3)").run();
    expectPostedPayMatchesBase(temp.db);
    expectBandsMatchBase(temp.db);
  });
});
