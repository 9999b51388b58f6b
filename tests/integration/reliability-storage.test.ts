import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { postings, scrapeRuns } from "@/db/schema";
import { StorageError } from "@/db/storage-error";
import { runSourceTick } from "@/jobs/scrape-source";
import { ashbySource } from "@/scrapers/ashby";
import { remotiveSource } from "@/scrapers/remotive";
import { canonicalDump } from "../helpers/canonical-dump";
import { baselineOf, expectWholeOrAbsent, FAULT_NOW, runWithFaults, type Scenario } from "../helpers/fault-runs";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";
import { killAllScrapes, spawnScrape } from "../helpers/scrape-child";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

// Disk full and read-only database (issue 8, reliability 4): a clear error that names the problem,
// the run marked failed (or, where nothing can be written, one line on stderr and a non-zero
// exit), no batch half-written, integrity_check ok, and the next run stores what was missed.

const replayServer = replayServerForFile();
let temp: ReturnType<typeof createTempDb>;
beforeEach(() => {
  temp = createTempDb();
});
afterEach(() => temp.cleanup());
afterAll(() => killAllScrapes());

const integrity = (sqlite: Database.Database) => sqlite.pragma("integrity_check", { simple: true });
const ashbyConfig = checkedInConfig("ashby");
const ashby: Scenario = { source: ashbySource, config: { ...ashbyConfig, boards: ashbyConfig.boards.filter((board) => ["gimlet", "hcompany", "oumi"].includes(board.slug)) } };
const baseline = baselineOf(replayServer, ashby);

describe("a disk that fills up during a run", () => {
  it("keeps the boards written before, fails the run with the problem named, stops reading, and the next run adds the rest", async () => {
    const expected = await baseline();
    replayServer().requests.splice(0);
    const sqlite = temp.db.$client;
    const http = testHttpClient(replayServer().url);
    // The disk fills up as soon as the first board is stored: the file may not grow a page more.
    const progress = (line: string) => {
      if (line.startsWith("ashby: gimlet")) sqlite.pragma(`max_page_count = ${sqlite.pragma("page_count", { simple: true }) as number}`);
    };
    const summary = await runSourceTick({ db: temp.db, http, source: ashby.source, config: ashby.config!, progress, now: FAULT_NOW });
    await http.close();

    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([{ url: null, kind: "storage", status: null, message: expect.stringContaining(`the database ${temp.file} is full`) }]);
    expect(summary.errors[0]?.message).toContain("SQLITE_FULL");
    expect(temp.db.select().from(scrapeRuns).where(eq(scrapeRuns.id, summary.runId)).get()).toMatchObject({ status: "failed", errors: summary.errors });
    // The board the disk filled up on rolled back whole; the one after it was not even requested.
    expectWholeOrAbsent(temp.db, expected, "board", ["hcompany", "oumi"]);
    expect(replayServer().requests.filter((request) => request.url.includes("job-board/oumi"))).toHaveLength(0);
    expect(integrity(sqlite)).toBe("ok");

    sqlite.pragma("max_page_count = 1073741823");
    const healed = await runWithFaults(replayServer(), ashby, { db: temp.db });
    expect(healed.status).toBe("ok");
    expect(canonicalDump(sqlite)).toEqual(expected);
  });
});

describe("a read-only database", () => {
  it("fails a run with a StorageError that says so, before anything is written", async () => {
    const readOnly = openDb(temp.file, { readonly: true });
    const http = testHttpClient(replayServer().url);
    try {
      const failure = await runSourceTick({ db: readOnly, http, source: remotiveSource, config: checkedInConfig("remotive"), now: FAULT_NOW }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageError);
      expect(failure).toMatchObject({ problem: "read-only", message: expect.stringContaining(`the database ${temp.file} is read-only`) });
      expect(replayServer().requests).toHaveLength(0);
    } finally {
      readOnly.$client.close();
      await http.close();
    }
    expect(await temp.db.$count(scrapeRuns)).toBe(0);
    expect(integrity(temp.db.$client)).toBe("ok");
  });

  it("stops `scrape` with one line on stderr naming the file and a non-zero exit, and leaves the file intact", async () => {
    const dir = path.dirname(temp.file);
    temp.db.$client.close();
    // The file and its folder read-only, for a user other than root (root writes through permissions).
    fs.chmodSync(temp.file, 0o444);
    fs.chmodSync(dir, 0o555);
    const asUser = process.getuid?.() === 0 ? { uid: 65_534, gid: 65_534 } : {};
    try {
      const child = spawnScrape(["--source", "remotive"], { PULSE_DB: temp.file, PULSE_REPLAY_URL: replayServer().url, HOME: dir }, asUser);
      expect(await child.exited).toBe(1);
      expect(child.stderr().trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^scrape: the database ${temp.file} is read-only`))]);
      expect(replayServer().requests).toHaveLength(0);
    } finally {
      fs.chmodSync(dir, 0o700);
      fs.chmodSync(temp.file, 0o644);
    }
    const sqlite = new Database(temp.file);
    try {
      expect(integrity(sqlite)).toBe("ok");
      expect(sqlite.prepare("SELECT count(*) FROM scrape_runs").pluck().get()).toBe(0);
    } finally {
      sqlite.close();
    }
    // Writable again: the next run stores the feed.
    const db = openDb(temp.file);
    try {
      const healed = await runWithFaults(replayServer(), { source: remotiveSource }, { db });
      expect(healed.status).toBe("ok");
      expect(await db.$count(postings)).toBe(31);
    } finally {
      db.$client.close();
    }
  }, 30_000);
});
