import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readSnapshot, readWithRetry, withBusyRetry } from "@/db/busy-retry";
import { openDb, type Db } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { getMonthlyFrameworkCounts, type MonthlyFrameworkCounts } from "@/db/queries/trends";
import * as schema from "@/db/schema";
import { StorageError } from "@/db/storage-error";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { killAllScrapes, spawnScrape } from "../helpers/scrape-child";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { createTempDb } from "../helpers/temp-db";

// Readers during writes (issue 8, reliability 3): the dashboard's queries answer from their own
// connection while the worker writes (WAL), each answer one committed state; a locked database is
// waited for and retried with bounded backoff, never surfaced as an error while the lock is brief.

const temps: Array<ReturnType<typeof createTempDb>> = [];
const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.$client.close();
  for (const temp of temps.splice(0)) temp.cleanup();
});
function tempDb() {
  const temp = createTempDb();
  temps.push(temp);
  return temp;
}
/** Another connection to the same file, as the web app holds one. */
function connect(file: string): Db {
  const db = openDb(file);
  opened.push(db);
  return db;
}

const hn = { source: "hn" } as const;

describe("the dashboard's queries while a large ingest runs in another process", () => {
  let replay: ReplayServer;
  beforeAll(async () => {
    replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
  });
  afterAll(async () => {
    await killAllScrapes();
    await replay?.close();
  });

  it("answer all along without an error, each month whole or absent, totals never falling", async () => {
    const temp = tempDb();
    const reader = connect(temp.file);
    const child = spawnScrape(["--source", "hn", "--from", "2026-01", "--to", "2026-05"], {
      PULSE_DB: temp.file,
      PULSE_REPLAY_URL: replay.url,
      PULSE_HOST_PACE_MS: "0",
    });
    let exited = false;
    void child.exited.then(() => (exited = true));
    const reads: Array<{ ms: number; months: MonthlyFrameworkCounts[] }> = [];
    while (!exited) {
      const started = performance.now();
      const months = await readWithRetry(reader, (db) => getMonthlyFrameworkCounts(db, hn));
      reads.push({ ms: performance.now() - started, months });
      // The replay server the child reads from shares this event loop: leave it room.
      await sleep(10);
    }
    expect(await child.exited, child.output()).toBe(0);

    const final = new Map(getMonthlyFrameworkCounts(reader, hn).map((row) => [row.month, row]));
    expect([...final.keys()]).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    // A thread is one transaction: a read sees its month with every posting and mention, or not at all.
    for (const read of reads) for (const row of read.months) expect(row).toEqual(final.get(row.month));
    const monthsSeen = reads.map((read) => read.months.length);
    expect(monthsSeen).toEqual([...monthsSeen].sort((a, b) => a - b));
    // The reads watched the ingest happen, month by month, and were never held up by the writer.
    expect(new Set(monthsSeen).size).toBeGreaterThanOrEqual(4);
    expect(Math.max(...reads.map((read) => read.ms))).toBeLessThan(1_000);
    console.log(`readers during writes: ${reads.length} reads, slowest ${Math.max(...reads.map((read) => read.ms)).toFixed(1)} ms, months seen ${[...new Set(monthsSeen)].join(" → ")}`);
  }, 120_000);
});

describe("several queries of one page", () => {
  it("see one committed state: a batch committed between two of them is in both or in neither", () => {
    const temp = tempDb();
    seedPosting(temp.db, "1", "2026-01");
    const reader = connect(temp.file);
    const writer = connect(temp.file);
    const before = getMonthlyFrameworkCounts(reader, hn);

    // The worker commits a new month right after the page's first query has run.
    const prepare = reader.$client.prepare.bind(reader.$client);
    let statements = 0;
    reader.$client.prepare = ((source: string) => {
      if (++statements === 2) seedPosting(writer, "2", "2026-02");
      return prepare(source);
    }) as typeof reader.$client.prepare;
    const seen = readSnapshot(reader, (db) => getMonthlyFrameworkCounts(db, hn));
    reader.$client.prepare = prepare;

    expect(statements).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual(before);
    expect(getMonthlyFrameworkCounts(reader, hn).map((row) => [row.month, row.postings, row.pytorch])).toEqual([
      ["2026-01", 1, 1],
      ["2026-02", 1, 1],
    ]);
  });
});

describe("a database locked by another process", () => {
  const LOCK_MS = 1_200;

  // The lock holder needs the file to itself when it takes the lock: seed, then close the seeding connection.
  function seededFile(): string {
    const temp = tempDb();
    seedPosting(temp.db, "1", "2026-01");
    temp.db.$client.close();
    return temp.file;
  }

  it("is waited for by busy_timeout: a connection opened and read during the lock answers once it is gone", async () => {
    const file = seededFile();
    const lock = await holdExclusiveLock(file, LOCK_MS);
    const started = performance.now();
    const reader = connect(file);
    const months = getMonthlyFrameworkCounts(reader, hn);
    const waited = performance.now() - started;
    await lock.released;
    expect(months.map((row) => row.month)).toEqual(["2026-01"]);
    expect(waited).toBeGreaterThan(LOCK_MS / 3);
  });

  it("is retried with bounded backoff where SQLite's own wait is shorter than the lock", async () => {
    const file = seededFile();
    const lock = await holdExclusiveLock(file, LOCK_MS);
    const reader = rawConnection(file, 50);
    const unretried = (() => {
      try {
        return getMonthlyFrameworkCounts(reader, hn);
      } catch (error) {
        return error;
      }
    })();
    expect(unretried).toMatchObject({ code: "SQLITE_BUSY" });
    const months = await readWithRetry(reader, (db) => getMonthlyFrameworkCounts(db, hn), { attempts: 8, baseMs: 100 });
    await lock.released;
    expect(months.map((row) => row.month)).toEqual(["2026-01"]);
  });

  it("gives up after its last try with an error that says the database stayed locked", async () => {
    const file = seededFile();
    const lock = await holdExclusiveLock(file, 3_000);
    const reader = rawConnection(file, 20);
    const started = performance.now();
    const failure = await withBusyRetry(() => getMonthlyFrameworkCounts(reader, hn), { attempts: 3, baseMs: 50, file }).catch((error: unknown) => error);
    const elapsed = performance.now() - started;
    lock.release();
    await lock.released;
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ problem: "locked", message: expect.stringContaining(`the database ${file} stayed locked`) });
    expect(elapsed).toBeLessThan(1_000);
  });
});

/** A connection whose busy wait is `busyMs`, on a file already in WAL mode. */
function rawConnection(file: string, busyMs: number): Db {
  const sqlite = new Database(file);
  sqlite.pragma(`busy_timeout = ${busyMs}`);
  const db = drizzle(sqlite, { schema }) as Db;
  opened.push(db);
  return db;
}

function seedPosting(db: Db, sourceId: string, month: string): void {
  const postedAt = `${month}-02T09:00:00.000Z`;
  ingestBatch(db, {
    source: "hn",
    runId: null,
    fetchedAt: new Date().toISOString(),
    validators: [],
    items: [
      {
        sourceId,
        url: `https://news.ycombinator.com/item?id=${sourceId}`,
        record: { id: sourceId },
        month,
        postedAt,
        posting: {
          company: `Company ${sourceId}`,
          title: "ML Engineer",
          locationText: null,
          description: `We train models in PyTorch (${sourceId}).`,
          applyUrl: null,
          frameworks: [{ framework: "pytorch", context: "required", snippet: "We train models in PyTorch." }],
          roles: ["ml_engineer"],
          useCases: [],
          countries: [],
          seniority: "unspecified",
          remote: "unspecified",
          salary: null,
        },
      },
    ],
  });
}

/**
 * Another process takes the database in exclusive locking mode inside a write transaction (which
 * shuts WAL readers out too) and holds it for `ms`, or until `release()`.
 */
async function holdExclusiveLock(file: string, ms: number): Promise<{ release(): void; released: Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma("busy_timeout = 5000");
    // In WAL mode, exclusive locking taken after the first read keeps the shared index but shuts every other connection out.
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("CREATE TABLE IF NOT EXISTS lock_probe (at TEXT)");
    db.exec("INSERT INTO lock_probe VALUES (datetime('now'))");
    process.stdout.write("locked\\n");
    const end = () => { db.exec("ROLLBACK"); db.close(); process.exit(0); };
    setTimeout(end, ${ms});
    process.on("SIGTERM", end);
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`the lock holder exited with ${code} before locking`)));
  });
  return { release: () => void child.kill("SIGTERM"), released };
}
