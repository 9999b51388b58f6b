import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { ingestDataBatch } from "@/db/ingest/data-rows";
import type { SurveyResponseInput } from "@/db/ingest/survey-responses";
import { runSourceTick } from "@/jobs/scrape-source";
import { createReplayServer } from "@/lib/replay/server";
import type { FrameworkRelation, SurveyFramework } from "@/lib/surveys/frameworks";
import { soSurveySource } from "@/scrapers/so-survey";
import { testHttpClient } from "../helpers/http";
import { seedRespondents } from "../helpers/market-fixtures";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

// The rollups of migration 0007 (respondent profiles, survey pay value counts) must equal what the
// base tables say after any sequence of inserts, changed responses and deletes.

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
    const replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
    const http = testHttpClient(replay.url);
    try {
      const summary = await runSourceTick({ db: temp.db, http, source: soSurveySource, config: checkedInConfig(soSurveySource.name), now: new Date("2026-11-26T12:00:00Z") });
      expect(summary.status).toBe("ok");
    } finally {
      await http.close();
      await replay.close();
    }
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
