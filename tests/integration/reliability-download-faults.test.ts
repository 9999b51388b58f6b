import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { httpValidators, salaryReports, surveyResponses } from "@/db/schema";
import type { ReplayServer } from "@/lib/replay/server";
import { aijobsSalariesSource, SALARIES_URL } from "@/scrapers/aijobs-salaries";
import { soSurveySource, surveyDatasetUrl } from "@/scrapers/so-survey";
import { canonicalDump } from "../helpers/canonical-dump";
import { baselineOf, expectRecorded, runWithFaults, type Scenario } from "../helpers/fault-runs";
import { generatedReplayServer } from "../helpers/generated-snapshot";
import { replayServerForFile } from "../helpers/replay";
import { createTempDb } from "../helpers/temp-db";

// Faults on streamed downloads (issue 8, reliability 1): a zip and a CSV that break off, stall,
// reset or turn out to be an HTML page fail their file, leave no temp file, and are read whole next time.

const replayServer = replayServerForFile();
let temp: ReturnType<typeof createTempDb>;
let downloadDir: string;
beforeEach(() => {
  temp = createTempDb();
  downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-downloads-"));
});
afterEach(() => {
  temp.cleanup();
  fs.rmSync(downloadDir, { recursive: true, force: true });
});

const db = () => temp.db;

describe("Stack Overflow survey archives", () => {
  const survey: Scenario = { source: soSurveySource };
  const baseline = baselineOf(replayServer, survey);
  const ZIP = "stack-overflow-developer-survey-2023.zip";

  it("fails the year whose download stalls, then resets, then arrives cut short; stores none of it, leaves no temp file; the next run stores it", async () => {
    const faults = [
      { match: ZIP, kind: "stall", ms: 3_000, times: 1 },
      { match: ZIP, kind: "reset", times: 1 },
      { match: ZIP, kind: "truncate" },
    ] as const;
    const partial = await runWithFaults(replayServer(), survey, { db: db(), faults: [...faults], httpConfig: { downloadDir } });
    expectRecorded(db(), partial, "partial", ["parse"]);
    expect(partial.errors[0]).toMatchObject({ url: surveyDatasetUrl(2023) });
    expect(replayServer().requests.filter((request) => request.url.endsWith(ZIP)).map((request) => request.status)).toEqual([200, 200, 200]);
    expect(await db().$count(surveyResponses)).toBe(0);
    // Only the 2024 archive, read whole, is remembered for a conditional request.
    expect(db().select({ url: httpValidators.url }).from(httpValidators).all()).toEqual([{ url: surveyDatasetUrl(2024) }]);
    expect(fs.readdirSync(downloadDir)).toEqual([]);

    const healed = await runWithFaults(replayServer(), survey, { db: db(), httpConfig: { downloadDir } });
    expectRecorded(db(), healed, "ok", []);
    expect(healed.counts.newCount).toBe(595);
    expect(canonicalDump(db().$client)).toEqual(await baseline());
    expect(fs.readdirSync(downloadDir)).toEqual([]);
  });

  it("waits out a 429 storm with Retry-After on the archive", async () => {
    const summary = await runWithFaults(replayServer(), survey, { db: db(), faults: [{ match: ZIP, kind: "rate-limit", retryAfter: 1, times: 2 }], httpConfig: { downloadDir } });
    expectRecorded(db(), summary, "ok", []);
    expect(canonicalDump(db().$client)).toEqual(await baseline());
  });

  it("fails an HTML page served in place of the archive as a content-type error", async () => {
    const faults = [{ match: ZIP, kind: "content-type", contentType: "text/html", body: "<html><body>Access denied</body></html>" }] as const;
    const partial = await runWithFaults(replayServer(), survey, { db: db(), faults: [...faults], httpConfig: { downloadDir } });
    expectRecorded(db(), partial, "partial", ["content-type"]);
    expect(await db().$count(surveyResponses)).toBe(0);
    expect(fs.readdirSync(downloadDir)).toEqual([]);
  });
});

describe("ai-jobs.net salaries CSV cut short", () => {
  // 11,000 distinct rows in batches of 5,000; the cut (half the bytes) falls in the second batch.
  const ROWS = 11_000;
  const csv = [
    "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size",
    ...Array.from({ length: ROWS }, (_, i) => `2024,SE,FT,Machine Learning Engineer,${100_000 + i},USD,${100_000 + i},US,0,US,M`),
  ].join("\n");
  const rowsBeforeCut = csv.slice(0, Math.floor(Buffer.byteLength(`${csv}\n`) / 2)).split("\n").length - 2;
  let server: ReplayServer | undefined;
  beforeAll(async () => {
    server = await generatedReplayServer([{ url: SALARIES_URL, contentType: "text/csv", body: `${csv}\n` }]);
  });
  afterAll(() => server?.close());
  const salaries: Scenario = { source: aijobsSalariesSource };

  it("keeps the rows that arrived, fails the file as cut off without remembering it, and the next run reads it whole", async () => {
    if (!server) throw new Error("the generated server starts in beforeAll");
    const partial = await runWithFaults(server, salaries, { db: db(), faults: [{ match: "salaries.csv", kind: "truncate", times: 1 }] });
    expectRecorded(db(), partial, "partial", ["malformed", "parse"]);
    expect(partial.errors.find((error) => error.kind === "parse")?.message).toMatch(/cut off in line \d+ .*truncated download/);
    expect(await db().$count(salaryReports)).toBe(rowsBeforeCut);
    expect(await db().$count(httpValidators)).toBe(0);

    const healed = await runWithFaults(server, salaries, { db: db() });
    expectRecorded(db(), healed, "ok", []);
    expect(healed.counts).toMatchObject({ fetched: ROWS, newCount: ROWS - rowsBeforeCut, unchangedCount: rowsBeforeCut });
    expect(await db().$count(salaryReports)).toBe(ROWS);
  });
});
