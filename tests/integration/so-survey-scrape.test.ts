import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { surveyResponseFrameworks, surveyResponses } from "@/db/schema";
import { runSourceTick } from "@/jobs/scrape-source";
import type { HttpClient } from "@/lib/http/client";
import type { ReplayServer } from "@/lib/replay/server";
import type { SourceConfig } from "@/scrapers/config";
import { soSurveySource, surveyDatasetUrl } from "@/scrapers/so-survey";
import { generatedReplayServer } from "../helpers/generated-snapshot";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

const URL_2023 = surveyDatasetUrl(2023);
const config = checkedInConfig("so-survey");
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

const tick = (client: HttpClient = http, sourceConfig: SourceConfig = config) => runSourceTick({ db: temp.db, http: client, source: soSurveySource, config: sourceConfig });
const responseCount = async () => await temp.db.$count(surveyResponses);

describe("Stack Overflow survey through the replay server", () => {
  it("lands the 595 recorded 2023 responses and reports 2024 as a year without responses", async () => {
    const summary = await tick();
    expect(config.years).toEqual([2023, 2024]);
    expect(summary.status).toBe("ok");
    expect(summary.errors).toEqual([]);
    expect(summary.counts).toMatchObject({ fetched: 595, newCount: 595, failedCount: 0, skippedCount: 1 });
    expect(summary.skipped).toEqual({ "no responses file": 1 });
    expect(await responseCount()).toBe(595);
    const response = temp.db.select().from(surveyResponses).where(eq(surveyResponses.sourceId, "2")).get();
    expect(response).toMatchObject({ year: 2023, role: "management", devType: "Senior Executive (C-Suite, VP, etc.)", yearsPro: 9, seniority: "senior", country: "US", region: "northern_america", compYearlyUsd: 285000 });
  });

  it("stores frameworks used and wanted as join rows", async () => {
    await tick();
    const count = async (framework: "tensorflow" | "pytorch", relation: "used" | "wanted") =>
      await temp.db.$count(surveyResponseFrameworks, and(eq(surveyResponseFrameworks.framework, framework), eq(surveyResponseFrameworks.relation, relation)));
    expect([await count("tensorflow", "used"), await count("tensorflow", "wanted"), await count("pytorch", "used"), await count("pytorch", "wanted")]).toEqual([50, 56, 34, 41]);
  });

  it("adds nothing on a rerun: 304 while unchanged, and all unchanged when read again in full", async () => {
    await tick();
    const conditional = await tick();
    expect(conditional.counts).toMatchObject({ fetched: 0, newCount: 0, updatedCount: 0 });
    expect(replayServer().requests.filter((r) => r.url === URL_2023).at(-1)).toMatchObject({ status: 304 });
    temp.db.$client.exec("DELETE FROM http_validators");
    const full = await tick();
    expect(full.counts).toMatchObject({ fetched: 595, newCount: 0, updatedCount: 0, unchangedCount: 595 });
    expect(await responseCount()).toBe(595);
  });

  it("fails a year whose archive arrives cut short, keeps the other year, saves no validators for it", async () => {
    replayServer().setFaults([{ match: "survey-2023.zip", kind: "truncate" }]);
    const summary = await tick();
    expect(summary.status).toBe("partial");
    expect(summary.errors).toEqual([expect.objectContaining({ url: URL_2023, kind: "parse" })]);
    expect(summary.skipped).toEqual({ "no responses file": 1 });
    expect(temp.db.$client.prepare("SELECT url FROM http_validators").all()).toEqual([{ url: surveyDatasetUrl(2024) }]);
  });

  it("fails a configured year that has no column mapping, with what to add", async () => {
    const summary = await tick(http, { ...config, years: [2022] });
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ kind: "config", message: expect.stringMatching(/no column mapping for 2022: add scrapers\/so-survey\/columns-2022\.ts/) })]);
  });
});

describe("Stack Overflow survey with hand-made archives", () => {
  const fixture = (name: string) => fs.readFileSync(`tests/fixtures/so-survey/${name}`, "utf8");
  const archive = (files: Record<string, string>) => [{ url: URL_2023, contentType: "application/zip", zip: files }];
  const only2023 = { ...config, years: [2023] };
  let server: ReplayServer | undefined;
  afterEach(() => server?.close());

  async function tickOn(files: Record<string, string>) {
    server = await generatedReplayServer(archive(files));
    const client = testHttpClient(server.url);
    try {
      return await tick(client, only2023);
    } finally {
      await client.close();
    }
  }

  it("reports and skips a quoted newline, missing columns and a truncated last line, and keeps the rest; a file cut off is read again next time", async () => {
    const summary = await tickOn({ "survey_results_public.csv": fixture("survey_results_public.csv"), "survey_results_schema.csv": fixture("survey_results_schema.csv") });
    expect(summary.status).toBe("partial");
    expect(summary.counts).toMatchObject({ fetched: 4, newCount: 4, skippedCount: 4, failedCount: 1 });
    expect(summary.skipped).toEqual({ malformed: 4 });
    expect(summary.errors.map((e) => `${e.kind} ${e.message}`)).toEqual([
      "malformed line 4: a quoted value runs past the end of its line (quoted newline or unbalanced quote)",
      "malformed line 5: a quoted value runs past the end of its line (quoted newline or unbalanced quote)",
      'unmapped 2023: unmapped Country answer "Atlantis"',
      "malformed line 7: 5 of 8 fields (missing columns or a truncated line)",
      "malformed line 9: 6 of 8 fields (missing columns or a truncated line)",
      `parse cannot read ${URL_2023}: the file is cut off in line 9 (an incomplete last line without a line end): a truncated download`,
    ]);
    const stored = temp.db.select().from(surveyResponses).all().map((row) => [row.sourceId, row.role, row.seniority, row.country]);
    expect(stored).toEqual([
      ["1", "data_scientist", "mid", "DE"],
      ["2", "software_engineer", "junior", "IR"],
      ["4", "other", "unspecified", null],
      ["6", "ml_engineer", "staff_plus", "US"],
    ]);
  });

  it("fails the year when its schema file lacks a question the mapping reads", async () => {
    const schema = fixture("survey_results_schema.csv").replace(/^QID265,MiscTech.*$/m, "");
    const summary = await tickOn({ "survey_results_public.csv": fixture("survey_results_public.csv"), "survey_results_schema.csv": schema });
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ kind: "parse", message: expect.stringMatching(/schema file has no question MiscTech, which columns-2023\.ts reads/) })]);
    expect(await responseCount()).toBe(0);
  });

  it("fails the year when the responses lack a mapped column", async () => {
    const responses = fixture("survey_results_public.csv").replace(",ConvertedCompYearly", "");
    const summary = await tickOn({ "survey_results_public.csv": responses, "survey_results_schema.csv": fixture("survey_results_schema.csv") });
    expect(summary.status).toBe("failed");
    expect(summary.errors[0]?.message).toMatch(/survey_results_public\.csv has no column ConvertedCompYearly/);
  });
});
