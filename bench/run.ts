// `npm run bench -- [--postings N] [--json]`: scales the real data up to N postings (and 5×N
// survey rows) through the real ingest, then measures side by side — ingest against raw inserts,
// every dashboard question against DuckDB, each page's server render and JS, the full export —
// and the growth from N/10 to N. Progress goes to stderr; the table (or JSON) to stdout.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
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
type ScaleSpec = { postings: number; surveyRows: number; pipelinePostings: number; pipelineSurveyRows: number; runs: number; buildOnly: boolean };

/** Builds the scale's database (or reuses one a `--dir` run kept, with its build times) and times the questions on it. */
async function runScale(dir: string, seeds: ReturnType<typeof loadSeeds>, realDb: string, spec: ScaleSpec): Promise<Scale> {
  const file = path.join(dir, `pulse-${spec.postings}-${spec.pipelinePostings}.db`);
  const timesFile = `${file}.build.json`;
  let build: BuildTimes;
  if (fs.existsSync(timesFile)) {
    build = JSON.parse(fs.readFileSync(timesFile, "utf8")) as BuildTimes;
    log(`reusing ${file} and its build times`);
    const writer = openDb(file);
    migrateDb(writer);
    writer.$client.close();
  } else {
    log(`building ${spec.postings.toLocaleString("en-US")} postings (${spec.pipelinePostings.toLocaleString("en-US")} through the pipeline) and ${spec.surveyRows.toLocaleString("en-US")} survey rows in ${file}`);
    build = await buildBenchDb({ file, realDb, seeds, log, ...spec });
    fs.writeFileSync(timesFile, JSON.stringify(build));
  }
  log(`ingest: ${Math.round(build.pipelinePostings / build.postingsSeconds)} postings/s (${build.failed} records the readers refused), survey ${Math.round(build.pipelineSurveyRows / build.surveySeconds)} rows/s`);
  if (spec.buildOnly) return { postings: spec.postings, file, build, queries: [] };
  const db = openDb(file, { readonly: true });
  const { duck, close } = await loadDuck(file, log);
  try {
    return { postings: spec.postings, file, build, queries: await timeQuestions(db, duck, dashboardQuestions(spanOf(db)), spec.runs, log) };
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

const k = (n: number) => `${n / 1000}k`;

function growthMeasures(small: Scale, large: Scale): Measure[] {
  const factor = large.postings / small.postings;
  const label = `${k(small.postings)}→${k(large.postings)}`;
  const ingestFactor = large.build.pipelinePostings / small.build.pipelinePostings;
  const ingestGrowth = large.build.postingsSeconds / small.build.postingsSeconds;
  return [
    measure(`growth ${k(small.build.pipelinePostings)}→${k(large.build.pipelinePostings)}: pipeline ingest seconds`, ingestGrowth, ingestFactor, "×", `≤ ${ingestFactor}× (linear)`, ingestGrowth <= ingestFactor),
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
  const dir = args.dir ? path.resolve(args.dir) : fs.mkdtempSync(path.join(os.tmpdir(), "pulse-bench-"));
  fs.mkdirSync(dir, { recursive: true });
  const tenth = (n: number) => Math.max(1, Math.round(n / 10));
  try {
    const small = args.growth
      ? await runScale(dir, seeds, realDb, { postings: tenth(args.postings), surveyRows: tenth(args.surveyRows), pipelinePostings: tenth(args.pipelinePostings), pipelineSurveyRows: tenth(args.pipelineSurveyRows), runs: args.runs, buildOnly: args.buildOnly })
      : null;
    if (small && !args.dir) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${small.file}${suffix}`, { force: true });
    const large = await runScale(dir, seeds, realDb, args);
    if (args.buildOnly) return;
    const piped = large.build.pipelinePostings;
    const rawSeconds = rawInsertSeconds(large.file, path.join(dir, "raw-inserts.db"), piped);
    const ingestRate = piped / large.build.postingsSeconds;
    const measures: Measure[] = [
      measure(`ingest: ${piped.toLocaleString("en-US")} postings, full pipeline vs raw inserts`, ingestRate, piped / rawSeconds, "postings/s", "≥ 2,000 postings/s", ingestRate >= 2_000),
      measure(`ingest: the same, per CPU-second of the process`, piped / large.build.postingsCpuSeconds, null, "postings/CPU-s", "—", null),
      measure(`ingest: ${large.build.pipelineSurveyRows.toLocaleString("en-US")} survey rows`, large.build.pipelineSurveyRows / large.build.surveySeconds, null, "rows/s", "—", null),
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
    if (args.dir) fs.writeFileSync(path.join(dir, "results.json"), JSON.stringify(measures, null, 2));
    process.stdout.write(args.json ? `${JSON.stringify(measures, null, 2)}\n` : `${formatTable(measures)}\n`);
  } finally {
    if (args.keep || args.dir) log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
