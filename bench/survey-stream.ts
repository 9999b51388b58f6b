// Streams a generated ~150 MB survey CSV (zipped, in the 2023 survey's shape) through the real path
// — HttpClient.download from a replay server, yauzl, the CSV reader, batches, ingest into a temp
// SQLite — and prints rows/s and peak RSS at 10% and at 100% of the rows: flat memory means the
// two peaks are close. Run: npx tsx --conditions=react-server bench/survey-stream.ts
// (BENCH_SURVEY_MB=… changes the size).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { runSourceTick } from "@/jobs/scrape-source";
import { HttpClient } from "@/lib/http/client";
import { createReplayServer } from "@/lib/replay/server";
import { writeZip } from "@/lib/zip/write-zip";
import { soSurveySource, surveyDatasetUrl } from "@/scrapers/so-survey";
import { seededRandom, SURVEY_HEADER, SURVEY_SCHEMA_QUESTIONS, surveyRow } from "./survey-shape";

const TARGET_BYTES = Number(process.env.BENCH_SURVEY_MB ?? 150) * 1024 * 1024;
// Every so often a row is cut short, as a truncated line would be: it must be reported and skipped.
const CUT_EVERY = 10_000;
const MB = 1024 * 1024;

type Generated = { rows: number; cut: number; csvBytes: number; zipBytes: number };

async function generate(zipFile: string): Promise<Generated> {
  const random = seededRandom(2023);
  const made: Generated = { rows: 0, cut: 0, csvBytes: 0, zipBytes: 0 };
  function* csv(): Generator<string> {
    let chunk = `${SURVEY_HEADER.join(",")}\n`;
    while (made.csvBytes < TARGET_BYTES) {
      made.rows++;
      let line = surveyRow(made.rows, random);
      if (made.rows % CUT_EVERY === 0) {
        line = line.slice(0, Math.floor(line.length / 2)).replace(/"/g, "");
        made.cut++;
      }
      chunk += `${line}\n`;
      if (chunk.length >= MB) {
        made.csvBytes += Buffer.byteLength(chunk);
        yield chunk;
        chunk = "";
      }
    }
    made.csvBytes += Buffer.byteLength(chunk);
    yield chunk;
  }
  const schema = ["qid,qname,question,force_resp,type,selector", ...SURVEY_SCHEMA_QUESTIONS.map((q, i) => `QID${i},${q},"${q}?",FALSE,MC,SAVR`)].join("\n");
  await writeZip(zipFile, [
    { name: "survey_results_public.csv", chunks: csv() },
    { name: "survey_results_schema.csv", chunks: [schema] },
  ]);
  made.zipBytes = fs.statSync(zipFile).size;
  return made;
}

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return { peak: () => Math.max(peak, process.memoryUsage().rss), stop: () => clearInterval(timer) };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-bench-"));
  const snapshot = path.join(dir, "snapshot");
  fs.mkdirSync(snapshot);
  try {
    let started = Date.now();
    const made = await generate(path.join(snapshot, "survey.zip"));
    const manifest = [{ url: surveyDatasetUrl(2023), file: "survey.zip", status: 200, contentType: "application/zip", recordedAt: "2024-01-01", fidelity: "exact", origin: "bench", note: "generated" }];
    fs.writeFileSync(path.join(snapshot, "manifest.json"), JSON.stringify(manifest));
    console.log(`generated ${made.rows} rows (${made.cut} cut short), CSV ${(made.csvBytes / MB).toFixed(1)} MiB, zip ${(made.zipBytes / MB).toFixed(1)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const replay = await createReplayServer({ snapshotDir: snapshot, port: 0 });
    const db = openDb(path.join(dir, "bench.db"));
    migrateDb(db);
    const http = new HttpClient({ userAgent: "FrameworkPulse/0.1 (bench)", replayBase: replay.url, paceMs: 0, forcePaceMs: 0, timeoutMs: 60_000, retries: 0, maxBodyBytes: 20 * MB, downloadDir: dir });
    const baseline = process.memoryUsage().rss;
    const sampler = rssSampler();
    let done = 0;
    let peakAt10: number | null = null;
    const progress = (line: string) => {
      done += Number(/: (\d+) rows/.exec(line)?.[1] ?? 0);
      if (peakAt10 === null && done >= made.rows * 0.1) peakAt10 = sampler.peak();
    };
    started = Date.now();
    const config = { enabled: true, schedule: "0 0 * * *", paceMs: 0, boards: [], sites: [], years: [2023] };
    const summary = await runSourceTick({ db, http, source: soSurveySource, config, progress });
    const seconds = (Date.now() - started) / 1000;
    const peakAt100 = sampler.peak();
    sampler.stop();
    await http.close();
    await replay.close();
    db.$client.close();

    const mib = (bytes: number) => `${(bytes / MB).toFixed(0)} MiB`;
    console.log(`run ${summary.status}: ${summary.counts.newCount} responses stored, ${summary.skipped.malformed ?? 0} malformed rows skipped, ${summary.errors.length} errors listed`);
    console.log(`${seconds.toFixed(1)} s: ${Math.round(summary.counts.fetched / seconds)} rows/s, ${(made.csvBytes / MB / seconds).toFixed(1)} MiB/s of CSV`);
    console.log(`RSS: ${mib(baseline)} before, peak ${mib(peakAt10 ?? 0)} at 10% of the rows, peak ${mib(peakAt100)} at 100% (${(((peakAt100 - (peakAt10 ?? 0)) / MB)).toFixed(0)} MiB more for 9× the rows)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
