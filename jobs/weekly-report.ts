import cron, { type ScheduledTask } from "node-cron";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { openDb } from "@/db/client";
import type { Env } from "@/lib/env";
import { exportStream } from "@/lib/export/respond";
import { withAppServer } from "@/lib/report/app-server";
import { renderReportPdf } from "@/lib/report/render-pdf";
import { filesToPrune, reportFileNames } from "@/lib/reports/files";

/** Mondays at 06:00 UTC, after the night's scrapes. */
export const WEEKLY_REPORT_SCHEDULE = "0 6 * * 1";

export type Outcome = { file: string; status: "ok" | "fail"; error?: string };
export type WeeklyReportSummary = { dir: string; outcomes: Outcome[]; pruned: string[] };

type Options = { env: Env; now?: Date; renderPdf?: (env: Env) => Promise<Buffer> };

const defaultRender = (env: Env) => withAppServer(env, (appUrl) => renderReportPdf({ appUrl }));

/** Writes to `<file>.partial`, then renames: the folder never lists half a file. */
async function writeAtomically(file: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await write(partial);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * One weekly report: the trends CSV (streamed from the database) and the PDF of /report, with
 * dated names in PULSE_REPORTS_DIR, then only the newest PULSE_REPORTS_KEEP dates kept. Each file
 * succeeds or fails on its own; nothing is thrown.
 */
export async function runWeeklyReportTick({ env, now = new Date(), renderPdf = defaultRender }: Options): Promise<WeeklyReportSummary> {
  const dir = path.resolve(env.PULSE_REPORTS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const names = reportFileNames(now);
  const outcomes: Outcome[] = [];
  const attempt = async (file: string, write: (partial: string) => Promise<void>) => {
    try {
      await writeAtomically(path.join(dir, file), write);
      outcomes.push({ file, status: "ok" });
    } catch (error) {
      outcomes.push({ file, status: "fail", error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
  };
  await attempt(names.csv, async (partial) => {
    const { stream } = exportStream({ view: "trends", format: "csv", search: new URLSearchParams(), now }, () => openDb(env.PULSE_DB, { readonly: true }));
    await pipeline(Readable.fromWeb(stream as WebReadableStream<Uint8Array>), fs.createWriteStream(partial));
  });
  await attempt(names.pdf, async (partial) => fs.writeFileSync(partial, await renderPdf(env)));
  const pruned = filesToPrune(fs.readdirSync(dir), env.PULSE_REPORTS_KEEP);
  for (const file of pruned) fs.rmSync(path.join(dir, file), { force: true });
  return { dir, outcomes, pruned };
}

export function formatWeeklySummary(summary: WeeklyReportSummary): string {
  const files = summary.outcomes.map((o) => (o.status === "ok" ? `${o.file} ok` : `${o.file} FAILED (${o.error})`)).join(", ");
  return `weekly-report: ${files}; pruned ${summary.pruned.length} old file(s) in ${summary.dir}`;
}

/** The weekly report on its UTC cron; a run still going when the next is due is not overlapped. */
export function scheduleWeeklyReport(env: Env, log: (line: string) => void): ScheduledTask {
  const run = async () => {
    try {
      log(formatWeeklySummary(await runWeeklyReportTick({ env })));
    } catch (error) {
      log(`weekly-report: failed to run: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const task = cron.schedule(WEEKLY_REPORT_SCHEDULE, run, { name: "weekly-report", timezone: "UTC", noOverlap: true });
  log(`jobs: weekly-report scheduled at "${WEEKLY_REPORT_SCHEDULE}" UTC into ${env.PULSE_REPORTS_DIR}`);
  return task;
}
