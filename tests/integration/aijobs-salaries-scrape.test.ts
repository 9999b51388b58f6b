import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { salaryReports } from "@/db/schema";
import { runSourceTick } from "@/jobs/scrape-source";
import type { HttpClient } from "@/lib/http/client";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { aijobsSalariesSource, SALARIES_URL } from "@/scrapers/aijobs-salaries";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

const RECORDED_ROWS = 74_301;
const config = checkedInConfig("aijobs-salaries");
const replayServer = replayServerForFile();
let temp: ReturnType<typeof createTempDb>;
let http: HttpClient;

beforeEach(() => {
  temp = createTempDb();
  http = testHttpClient(replayServer().url);
});
afterEach(async () => {
  await http.close();
  temp.cleanup();
});

const tick = (client: HttpClient = http) => runSourceTick({ db: temp.db, http: client, source: aijobsSalariesSource, config });

describe("ai-jobs.net salaries through the replay server", () => {
  it("lands every recorded row, identical repeats included, and adds nothing when read again", async () => {
    const summary = await tick();
    expect(summary.status).toBe("ok");
    expect(summary.errors).toEqual([]);
    expect(summary.counts).toMatchObject({ fetched: RECORDED_ROWS, newCount: RECORDED_ROWS, skippedCount: 0, failedCount: 0 });
    expect(await temp.db.$count(salaryReports)).toBe(RECORDED_ROWS);
    const first = temp.db.select().from(salaryReports).orderBy(salaryReports.id).get();
    expect(first).toMatchObject({ workYear: 2022, experienceLevel: "EX", seniority: "management", employmentType: "full_time", jobTitle: "Consultant", role: "other", salaryUsd: 120000, employeeResidence: "PL", region: "europe", remoteRatio: 0, companySize: "S" });

    const conditional = await tick();
    expect(conditional.counts).toMatchObject({ fetched: 0, newCount: 0 });
    temp.db.$client.exec("DELETE FROM http_validators");
    const full = await tick();
    expect(full.counts).toMatchObject({ fetched: RECORDED_ROWS, newCount: 0, unchangedCount: RECORDED_ROWS });
    expect(await temp.db.$count(salaryReports)).toBe(RECORDED_ROWS);
  });

  it("fails the run with the typed error when the file answers 404", async () => {
    replayServer().setFaults([{ match: "salaries.csv", kind: "status", status: 404 }]);
    const summary = await tick();
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: SALARIES_URL, kind: "http", status: 404 })]);
  });
});

describe("ai-jobs.net salaries with a hand-made file of broken rows", () => {
  let fixture: ReplayServer | undefined;
  beforeAll(async () => {
    fixture = await createReplayServer({ snapshotDir: "tests/fixtures/aijobs-salaries", port: 0 });
  });
  afterAll(() => fixture?.close());

  it("reports and skips the broken rows and keeps the good ones, repeats included; a file cut off in its last line is not remembered as read", async () => {
    const client = testHttpClient(fixture?.url ?? "");
    const summary = await tick(client);
    await client.close();
    expect(summary.status).toBe("partial");
    expect(summary.counts).toMatchObject({ fetched: 4, newCount: 4, skippedCount: 5, failedCount: 1 });
    expect(summary.skipped).toEqual({ malformed: 4, invalid: 1 });
    expect(summary.errors.map((e) => `${e.kind} ${e.message}`)).toEqual([
      "malformed line 5: a quoted value runs past the end of its line (quoted newline or unbalanced quote)",
      "malformed line 6: a quoted value runs past the end of its line (quoted newline or unbalanced quote)",
      'invalid line 7: experience_level: Invalid option: expected one of "EN"|"MI"|"SE"|"EX"',
      "malformed line 8: 6 of 11 fields (missing columns or a truncated line)",
      "malformed line 10: 10 of 11 fields (missing columns or a truncated line)",
      `parse cannot read ${SALARIES_URL}: the file is cut off in line 10 (an incomplete last line without a line end): a truncated download`,
    ]);
    expect(temp.db.$client.prepare("SELECT count(*) FROM http_validators").pluck().get()).toBe(0);
    const rows = temp.db.select().from(salaryReports).orderBy(salaryReports.id).all();
    expect(rows.map((row) => [row.jobTitle, row.role, row.seniority])).toEqual([
      ["Machine Learning Engineer", "ml_engineer", "senior"],
      ["Machine Learning Engineer", "ml_engineer", "senior"],
      ["Data Scientist, NLP", "data_scientist", "mid"],
      ["Head of AI", "management", "management"],
    ]);
    expect(rows[0]?.sourceId.replace(/-1$/, "-2")).toBe(rows[1]?.sourceId);
  });
});
