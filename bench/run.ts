// `npm run bench -- [--postings N] [--json]`: scales the real data up to N postings (and 5×N
// survey rows) through the real ingest, then measures side by side — ingest against raw inserts,
// every dashboard question against DuckDB, each page's server render and JS, the full export —
// and the growth from N/10 to N. Progress goes to stderr; the table (or JSON) to stdout.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";
import { buildBenchDb, type BuildTimes } from "./generate/build";
import { realSampleDb } from "./generate/real-sample";
import { loadSeeds } from "./generate/seeds";
import { loadDuck } from "./measure/duck";
import { measureExport } from "./measure/export";
import { ensureBuild, timePages } from "./measure/pages";
import { dashboardQuestions, type Span } from "./measure/questions";
import { timeQuestions, type QuestionTimes } from "./measure/query-times";
import { rawInsertSeconds } from "./measure/raw-insert";
import { formatTable, measure, type Measure } from "./measure/results";
import { parseBenchArgs } from "./args";

const MB = 1024 * 1024;
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const PAGES = ["/", "/trends", "/talent", "/salaries", "/salaries?split=role", "/use-cases", "/postings", "/postings?framework=pytorch&sort=salary", "/postings?q=pytorch", "/postings/1", "/recommendations", "/claims", "/methodology", "/report"];

type Scale = { postings: number; file: string; build: BuildTimes; queries: QuestionTimes[] };

async function runScale(dir: string, seeds: ReturnType<typeof loadSeeds>, realDb: string, postings: number, surveyRows: number, runs: number): Promise<Scale> {
  const file = path.join(dir, `pulse-${postings}.db`);
  log(`building ${postings.toLocaleString("en-US")} postings and ${surveyRows.toLocaleString("en-US")} survey rows in ${file}`);
  const build = buildBenchDb({ file, realDb, seeds, postings, surveyRows, log });
  log(`ingest: ${Math.round(postings / build.postingsSeconds)} postings/s (${build.failed} records the readers refused), survey ${Math.round(surveyRows / build.surveySeconds)} rows/s`);
  const db = openDb(file, { readonly: true });
  const { duck, close } = await loadDuck(file, log);
  try {
    return { postings, file, build, queries: await timeQuestions(db, duck, dashboardQuestions(spanOf(db)), runs, log) };
  } finally {
    close();
    db.$client.close();
  }
}

function spanOf(db: ReturnType<typeof openDb>): Span {
  const months = db.$client.prepare("select min(month) as first, max(month) as last from postings").get() as { first: string; last: string };
  const year = db.$client.prepare("select max(year) as year from survey_responses where source = 'so-survey'").get() as { year: number | null };
  return { ...months, surveyYear: year.year };
}

function queryMeasures(scale: Scale): Measure[] {
  return scale.queries.flatMap((q) => [
    measure(`query p50: ${q.name}`, q.ours.p50, q.duck?.p50 ?? null, "ms", "—", null),
    measure(`query p95: ${q.name}`, q.ours.p95, q.duck?.p95 ?? null, "ms", q.duck ? "≤ DuckDB p95" : `— (${q.note ?? "no anchor"})`, q.duck ? q.ours.p95 <= q.duck.p95 : null),
  ]);
}

function growthMeasures(small: Scale, large: Scale): Measure[] {
  const factor = large.postings / small.postings;
  const label = `${small.postings / 1000}k→${large.postings / 1000}k`;
  return [
    measure(`growth ${label}: ingest seconds`, large.build.postingsSeconds / small.build.postingsSeconds, factor, "×", `≤ ${factor}× (linear)`, large.build.postingsSeconds / small.build.postingsSeconds <= factor),
    ...large.queries.map((q, i) => {
      const ratio = q.ours.p50 / small.queries[i]!.ours.p50;
      return measure(`growth ${label}: query p50 ${q.name}`, ratio, factor, "×", `< ${factor}× (sub-linear)`, ratio < factor);
    }),
  ];
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const realDb = await realSampleDb(log);
  const seeds = loadSeeds(realDb);
  log(`learned from ${seeds.postings.length.toLocaleString("en-US")} real postings and ${seeds.surveys.length.toLocaleString("en-US")} survey responses`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-bench-"));
  try {
    const small = args.growth ? await runScale(dir, seeds, realDb, Math.round(args.postings / 10), Math.round(args.surveyRows / 10), args.runs) : null;
    if (small) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${small.file}${suffix}`, { force: true });
    const large = await runScale(dir, seeds, realDb, args.postings, args.surveyRows, args.runs);
    const rawSeconds = rawInsertSeconds(large.file, path.join(dir, "raw-inserts.db"));
    const n = args.postings;
    const ingestRate = n / large.build.postingsSeconds;
    const measures: Measure[] = [
      measure(`ingest: ${n.toLocaleString("en-US")} postings, full pipeline vs raw inserts`, ingestRate, n / rawSeconds, "postings/s", "≥ 2,000 postings/s", ingestRate >= 2_000),
      measure(`ingest: ${args.surveyRows.toLocaleString("en-US")} survey rows`, args.surveyRows / large.build.surveySeconds, null, "rows/s", "—", null),
      ...queryMeasures(large),
    ];
    if (args.pages) {
      await ensureBuild(log, args.build);
      for (const page of await timePages(large.file, PAGES, args.pageRuns, log)) {
        const ok = page.status === 200;
        measures.push(measure(`page p50: ${page.path}`, page.p50, null, "ms", "—", null));
        measures.push(measure(`page p95: ${page.path}${ok ? "" : ` (HTTP ${page.status})`}`, page.p95, null, "ms", "< 300 ms", ok && page.p95 < 300));
        measures.push(measure(`page JS: ${page.path}`, page.jsBytes / 1024, null, "KB", "—", null));
      }
    }
    if (args.export) {
      const run = await measureExport(large.file, "csv");
      measures.push(measure(`export: ${run.rows.toLocaleString("en-US")} rows CSV throughput`, run.rows / run.seconds, null, "rows/s", "—", null));
      measures.push(measure(`export: ${run.rows.toLocaleString("en-US")} rows CSV peak RSS`, run.peakRssBytes / MB, null, "MB", "< 300 MB", run.peakRssBytes < 300 * MB));
    }
    if (small) measures.push(...growthMeasures(small, large));
    process.stdout.write(args.json ? `${JSON.stringify(measures, null, 2)}\n` : `${formatTable(measures)}\n`);
  } finally {
    if (args.keep) log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
