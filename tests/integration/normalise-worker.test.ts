import { spawn } from "node:child_process";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { rowParts } from "@/db/ingest/row-parts";
import { runSourceTick } from "@/jobs/scrape-source";
import { ParseError } from "@/lib/parse-error";
import { normalise as normaliseInThread } from "@/lib/normalise/normalise";
import { closeNormaliseWorker, normaliseBatch, normaliseWorkerRecords, normaliseWorkerRunning, startNormaliseWorker } from "@/lib/normalise/worker-client";
import { errorData, errorFromData } from "@/lib/normalise/worker-messages";
import type { PostingSourceName } from "@/lib/sources";
import { ashbySource } from "@/scrapers/ashby";
import { sourceByName } from "@/scrapers";
import { canonicalDump } from "../helpers/canonical-dump";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

// The scrape shares each batch's parsing with a worker thread (issue 8): what it stores must not
// depend on whether the worker, or this thread after a fallback, did the parsing.

const NOW = new Date("2026-11-26T12:00:00Z");
const replayServer = replayServerForFile();
const temps: Array<ReturnType<typeof createTempDb>> = [];

afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await closeNormaliseWorker({ enabled: true, execArgv: undefined });
  for (const temp of temps) temp.cleanup();
});

// Every column of every posting and label row except ids, clocks and the run: sorted lines.
function storedRows(sqlite: Database.Database): Record<string, string[]> {
  const tables = ["postings", "posting_frameworks", "posting_roles", "posting_use_cases", "posting_countries", "raw_documents"];
  const volatile = /(^id$|_id$|_at$|^first_seen$|^last_seen$)/;
  const rows = Object.fromEntries(
    tables.map((table) => [
      table,
      (sqlite.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>)
        .map((row) => JSON.stringify(Object.entries(row).filter(([column]) => column === "source_id" || !volatile.test(column))))
        .sort(),
    ]),
  );
  return { ...rows, ...canonicalDump(sqlite) };
}

async function ashbyRun() {
  const temp = createTempDb();
  temps.push(temp);
  const http = testHttpClient(replayServer().url, { retries: 1 });
  const lines: string[] = [];
  try {
    const summary = await runSourceTick({ db: temp.db, http, source: ashbySource, config: checkedInConfig("ashby"), progress: (line) => void lines.push(line), now: NOW });
    return { summary, lines, rows: storedRows(temp.db.$client) };
  } finally {
    await http.close();
  }
}

// The posting batches a source's scrape yields from the recorded web.
async function scrapedBatches(name: PostingSourceName) {
  const source = sourceByName(name)!;
  const http = testHttpClient(replayServer().url, { retries: 1 });
  const batches: Array<{ board: string | null; records: unknown[] }> = [];
  try {
    for await (const batch of source.scrape({ http, options: {}, config: checkedInConfig(name), now: NOW, validatorsFor: () => null })) {
      if (!batch.failure && !batch.data && batch.items.length) batches.push({ board: batch.board ?? null, records: batch.items.map((item) => item.record) });
    }
  } finally {
    await http.close();
  }
  return batches;
}

describe("normalising on the worker thread", () => {
  it("stores the same rows, with the same progress lines, as normalising in this thread", async () => {
    await closeNormaliseWorker({ enabled: false });
    const inThread = await ashbyRun();
    expect(normaliseWorkerRunning()).toBe(false);

    await closeNormaliseWorker({ enabled: true, execArgv: undefined });
    expect(await startNormaliseWorker()).toBe(true);
    const onWorker = await ashbyRun();
    expect(normaliseWorkerRunning()).toBe(true);
    expect(normaliseWorkerRecords()).toBeGreaterThan(0);

    expect(inThread.summary).toMatchObject({ status: "ok", errors: [] });
    expect(inThread.summary.counts).toMatchObject({ fetched: 925, newCount: 925 });
    expect(inThread.rows.postings).toHaveLength(925);
    expect(onWorker.rows).toEqual(inThread.rows);
    expect(onWorker.lines).toEqual(inThread.lines);
    expect({ ...onWorker.summary, runId: 0, seconds: 0 }).toEqual({ ...inThread.summary, runId: 0, seconds: 0 });
  });

  it("reads every posting source's recorded records as this thread does, with the row parts the ingest would work out", async () => {
    const sources: PostingSourceName[] = ["hn", "greenhouse", "lever", "remotive", "remoteok", "arbeitnow", "weworkremotely", "himalayas", "jobicy", "workingnomads"];
    await closeNormaliseWorker({ enabled: true, execArgv: undefined });
    expect(await startNormaliseWorker()).toBe(true);
    let shared = 0;
    for (const name of sources) {
      const batches = await scrapedBatches(name);
      expect(batches.length, name).toBeGreaterThan(0);
      for (const { board, records } of batches) {
        const before = normaliseWorkerRecords();
        const onWorker = await normaliseBatch(name, records, board);
        shared += normaliseWorkerRecords() - before;
        const inThread = records.map((record) => {
          try {
            const posting = normaliseInThread(name, record, { board });
            return { posting, parts: rowParts(JSON.stringify(record), posting) };
          } catch (error) {
            return { error };
          }
        });
        // Batches the worker took part in carry every row part; small ones are read here, as before.
        const expected = onWorker.some((outcome) => outcome.parts) ? inThread : inThread.map((outcome) => ("posting" in outcome ? { posting: outcome.posting } : outcome));
        expect(onWorker.map(({ posting, parts, error }) => (error ? { error } : parts ? { posting, parts } : { posting })), name).toStrictEqual(expected);
      }
    }
    expect(shared).toBeGreaterThan(100);
  }, 300_000);

  it("reports a record the reader refuses as normalise does in this thread", async () => {
    const records = Array.from({ length: 10 }, (_, i) => (i === 8 ? { id: 42 } : { id: `job-${i}` }));
    await closeNormaliseWorker({ enabled: false });
    const inThread = await normaliseBatch("ashby", records, "cohere");
    await closeNormaliseWorker({ enabled: true, execArgv: undefined });
    expect(await startNormaliseWorker()).toBe(true);
    // Busy alongside, this thread leaves every chunk to the worker: the refused record crosses threads.
    const onWorker = await normaliseBatch("ashby", records, "cohere", () => {
      for (const until = Date.now() + 500; Date.now() < until; );
    });
    expect(normaliseWorkerRecords()).toBe(records.length);
    expect(onWorker.map((outcome) => outcome.error?.message ?? null)).toEqual(inThread.map((outcome) => outcome.error?.message ?? null));
    expect(onWorker[8]?.error).toBeInstanceOf(Error);
    expect(onWorker[8]?.error?.constructor).toBe(inThread[8]?.error?.constructor);
    expect(onWorker[8]?.error?.message).toMatch(/^invalid ashby record/);
  });

  it("reads here, in order, the chunks the worker took but will not answer", async () => {
    const records = Array.from({ length: 40 }, (_, i) => (i === 30 ? { id: 42 } : { id: `job-${i}` }));
    await closeNormaliseWorker({ enabled: false });
    const inThread = await normaliseBatch("ashby", records, "cohere");
    await closeNormaliseWorker({ enabled: true, execArgv: undefined });
    expect(await startNormaliseWorker()).toBe(true);
    // The work alongside keeps this thread busy until the worker has taken every chunk; the worker
    // is gone before its answer is read.
    let alongside = 0;
    const stranded = normaliseBatch("ashby", records, "cohere", () => {
      alongside++;
      for (const until = Date.now() + 500; Date.now() < until; );
    });
    expect(normaliseWorkerRecords()).toBe(0);
    await closeNormaliseWorker();
    const outcomes = await stranded;
    expect(alongside).toBe(1);
    expect(outcomes.map((outcome) => outcome.error?.message ?? outcome.posting)).toEqual(inThread.map((outcome) => outcome.error?.message ?? outcome.posting));
  });

  it("does the work alongside once while the worker reads, and gives the same outcomes", async () => {
    const records = Array.from({ length: 200 }, (_, i) => ({ id: `job-${i}`, title: `ML Engineer ${i}`, descriptionPlain: "PyTorch and TensorFlow in production." }));
    await closeNormaliseWorker({ enabled: false });
    const inThread = await normaliseBatch("ashby", records, "cohere");
    await closeNormaliseWorker({ enabled: true, execArgv: undefined });
    expect(await startNormaliseWorker()).toBe(true);
    let alongside = 0;
    const shared = await normaliseBatch("ashby", records, "cohere", () => {
      alongside++;
      for (const until = Date.now() + 200; Date.now() < until; );
    });
    expect(alongside).toBe(1);
    // Busy alongside, this thread left the worker most of the chunks.
    expect(normaliseWorkerRecords()).toBeGreaterThan(100);
    expect(shared.map((outcome) => outcome.error?.message ?? outcome.posting)).toEqual(inThread.map((outcome) => outcome.error?.message ?? outcome.posting));
    expect(shared.every((outcome) => outcome.error || outcome.parts?.contentHash)).toBe(true);
  });

  it("lets a process exit that read all its batches before the worker loaded", async () => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "tests/fixtures/scripts/normalise-before-worker-loads.ts"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exit = await new Promise<number | string>((resolve) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve("still running after 20 s");
      }, 20_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve(code ?? "killed");
      });
    });
    expect(exit, output).toBe(0);
    expect(output).toContain("read 80, 0 on the worker");
  }, 30_000);

  it("gives an error back with its class and fields", () => {
    const parse = errorFromData(errorData(new ParseError("https://example.com/jobs.json", "truncated")));
    expect(parse).toBeInstanceOf(ParseError);
    expect(parse).toMatchObject({ name: "ParseError", kind: "parse", url: "https://example.com/jobs.json", message: "cannot read https://example.com/jobs.json: truncated" });
    const type = errorFromData(errorData(new TypeError("no such field")));
    expect(type).toBeInstanceOf(TypeError);
    expect(type.message).toBe("no such field");
  });

  it("falls back to this thread, saying so once, when the worker cannot start", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await closeNormaliseWorker({ enabled: true, execArgv: ["--no-such-node-flag"] });
    expect(await startNormaliseWorker()).toBe(false);
    const fallback = await ashbyRun();
    await closeNormaliseWorker({ enabled: false, execArgv: undefined });
    const inThread = await ashbyRun();

    expect(fallback.summary).toMatchObject({ status: "ok", errors: [] });
    expect(fallback.rows).toEqual(inThread.rows);
    expect(fallback.lines).toEqual(inThread.lines);
    const said = stderr.mock.calls.map(([text]) => String(text)).filter((text) => text.startsWith("normalise: no worker thread"));
    expect(said).toHaveLength(1);
  });
});
