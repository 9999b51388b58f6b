import type Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runSourceTick } from "@/jobs/scrape-source";
import { closeNormaliseWorker, normaliseBatch, normaliseWorkerRunning } from "@/lib/normalise/worker-client";
import { ashbySource } from "@/scrapers/ashby";
import { canonicalDump } from "../helpers/canonical-dump";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

// The scrape normalises one batch ahead on a worker thread (issue 8): what it stores must not depend
// on whether the worker, or this thread after a fallback, did the parsing.

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

describe("normalising on the worker thread", () => {
  it("stores the same rows, with the same progress lines, as normalising in this thread", async () => {
    await closeNormaliseWorker({ enabled: false });
    const inThread = await ashbyRun();
    expect(normaliseWorkerRunning()).toBe(false);

    await closeNormaliseWorker({ enabled: true, execArgv: undefined });
    const onWorker = await ashbyRun();
    expect(normaliseWorkerRunning()).toBe(true);

    expect(inThread.summary).toMatchObject({ status: "ok", errors: [] });
    expect(inThread.summary.counts).toMatchObject({ fetched: 925, newCount: 925 });
    expect(inThread.rows.postings).toHaveLength(925);
    expect(onWorker.rows).toEqual(inThread.rows);
    expect(onWorker.lines).toEqual(inThread.lines);
    expect({ ...onWorker.summary, runId: 0, seconds: 0 }).toEqual({ ...inThread.summary, runId: 0, seconds: 0 });
  });

  it("reports a record the reader refuses as normalise does in this thread", async () => {
    const records = Array.from({ length: 10 }, (_, i) => (i === 3 ? { id: 42 } : { id: `job-${i}` }));
    await closeNormaliseWorker({ enabled: false });
    const inThread = await normaliseBatch("ashby", records, "cohere");
    await closeNormaliseWorker({ enabled: true, execArgv: undefined });
    const onWorker = await normaliseBatch("ashby", records, "cohere");
    expect(normaliseWorkerRunning()).toBe(true);
    expect(onWorker.map((outcome) => outcome.error?.message ?? null)).toEqual(inThread.map((outcome) => outcome.error?.message ?? null));
    expect(onWorker[3]?.error).toBeInstanceOf(Error);
    expect(onWorker[3]?.error?.message).toMatch(/^invalid ashby record/);
  });

  it("falls back to this thread, saying so once, when the worker cannot start", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await closeNormaliseWorker({ enabled: true, execArgv: ["--no-such-node-flag"] });
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
