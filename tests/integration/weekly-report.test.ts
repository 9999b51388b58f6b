import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestBatch } from "@/db/ingest/postings";
import { formatWeeklySummary, runWeeklyReportTick, WEEKLY_REPORT_SCHEDULE } from "@/jobs/weekly-report";
import { readEnv } from "@/lib/env";
import { CSV_META_LINES } from "@/lib/export/meta";
import { syntheticPosting } from "../../bench/posting-shape";
import { seededRandom } from "../../bench/survey-shape";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
let dir: string;

beforeAll(() => {
  temp = createTempDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-weekly-"));
  const random = seededRandom(3);
  ingestBatch(temp.db, { source: "hn", runId: null, fetchedAt: "2026-11-26T00:00:00.000Z", validators: [], items: Array.from({ length: 40 }, (_, i) => syntheticPosting(i + 1, random, { firstMonth: "2026-01", months: 4 })) });
});
afterAll(() => {
  temp.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const env = (keep: number) => readEnv({ ...process.env, PULSE_DB: temp.file, PULSE_REPORTS_DIR: dir, PULSE_REPORTS_KEEP: String(keep), PULSE_APP_URL: "" });
const fakePdf = async () => Buffer.from("%PDF-1.7 fake");
const mondays = ["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02"];

describe("weekly report job", () => {
  it("is scheduled weekly in UTC", () => {
    expect(WEEKLY_REPORT_SCHEDULE).toBe("0 6 * * 1");
  });

  it("writes the dated PDF and trends CSV and keeps only the newest N weeks", async () => {
    for (const day of mondays) {
      const summary = await runWeeklyReportTick({ env: env(3), now: new Date(`${day}T06:00:00Z`), renderPdf: fakePdf });
      expect(summary.outcomes).toEqual([
        { file: `framework-pulse-${day}-trends.csv`, status: "ok" },
        { file: `framework-pulse-${day}.pdf`, status: "ok" },
      ]);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(mondays.slice(-3).flatMap((day) => [`framework-pulse-${day}-trends.csv`, `framework-pulse-${day}.pdf`]).sort());
    const csv = fs.readFileSync(path.join(dir, "framework-pulse-2026-11-02-trends.csv"), "utf8");
    const rows = parse(csv, { bom: true, from_line: CSV_META_LINES + 1, columns: true }) as Array<Record<string, string>>;
    expect(new Set(rows.map((row) => row.month))).toEqual(new Set(["2026-01", "2026-02", "2026-03", "2026-04"]));
    expect(csv).toContain("#exported at,2026-11-02T06:00:00.000Z");
  });

  it("records a failed PDF without losing the CSV or leaving a partial file, and says so in one line", async () => {
    const summary = await runWeeklyReportTick({
      env: env(3),
      now: new Date("2026-11-09T06:00:00Z"),
      renderPdf: async () => {
        throw new Error("no production build of the dashboard\nsecond line");
      },
    });
    expect(summary.outcomes).toEqual([
      { file: "framework-pulse-2026-11-09-trends.csv", status: "ok" },
      { file: "framework-pulse-2026-11-09.pdf", status: "fail", error: "no production build of the dashboard" },
    ]);
    expect(fs.readdirSync(dir).filter((file) => file.endsWith(".partial"))).toEqual([]);
    expect(summary.pruned).toEqual(["framework-pulse-2026-10-19-trends.csv", "framework-pulse-2026-10-19.pdf"]);
    expect(formatWeeklySummary(summary)).toMatch(/^weekly-report: framework-pulse-2026-11-09-trends\.csv ok, framework-pulse-2026-11-09\.pdf FAILED \(no production build of the dashboard\); pruned 2 old file\(s\) in /);
  });
});
