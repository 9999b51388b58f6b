import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { loadSourcesConfig } from "@/scrapers/config";
import { canonicalDump, dumpSizes, type CanonicalDump } from "../helpers/canonical-dump";
import { killAllScrapes, spawnScrape } from "../helpers/scrape-child";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

// Crash safety (issue 8, reliability 2): the real scrape CLI is killed with SIGKILL at seeded random
// points, over and over. After every kill the database passes integrity_check and holds each batch
// whole or not at all; a rerun then ends with exactly the rows one clean run stores in a fresh database.

const SEED = Number(process.env.PULSE_CRASH_SEED ?? 20_261_126);
// Two lanes run side by side, each until it has killed KILLS_PER_LANE times or KILL_BUDGET_MS is
// spent (every kill costs the CLI's 2-3 s start). On a machine so busy that the lanes have fewer
// than MIN_KILLS between them by then, they go on up to MAX_KILL_TIME_MS; fewer still fails the test.
const KILLS_PER_LANE = Number(process.env.PULSE_CRASH_KILLS ?? 9);
const KILL_BUDGET_MS = Number(process.env.PULSE_CRASH_BUDGET_MS ?? 55_000);
const MIN_KILLS = 10;
const MAX_KILL_TIME_MS = 150_000;
// The first kill of a lane, and this share of later kills on a fresh database, aim at its creation and
// migrations: within this long of the file appearing.
const EARLY_KILL_SHARE = 0.3;
const MIGRATION_WINDOW_MS = 60;
// Later kills fall within this share of a clean run's reading time: its first batches and their transactions.
const LATE_KILL_SHARE = 0.7;
// This share of later kills, and every later kill of a lane that has not yet caught a database between
// batches by its last three, wait for the CLI's line that a batch is stored and strike within this long of it.
const BETWEEN_KILL_SHARE = 0.3;
const BETWEEN_WINDOW_MS = 40;

type Lane = {
  name: string;
  args: string[];
  env: Record<string, string>;
  /** The batch key of a posting line: HN writes a month per transaction, Ashby a board. */
  key: "month" | "board";
  /** The CLI's progress line once a batch is stored. */
  batchStored: RegExp;
};

type LaneResult = { kills: number; completions: number; partialStates: number; emptyStates: number; schedule: string[] };

let replay: ReplayServer;
let dir: string;
beforeAll(async () => {
  replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-crash-"));
});
afterAll(async () => {
  await killAllScrapes();
  await replay?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// mulberry32: a seeded generator, so a failing schedule can be replayed with PULSE_CRASH_SEED.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function laneEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PULSE_REPLAY_URL: replay.url, PULSE_HOST_PACE_MS: "0", PULSE_HTTP_RETRIES: "1", ...extra };
}

let dbCount = 0;
function freshDbFile(): string {
  return path.join(dir, `db-${++dbCount}`, "pulse.db");
}

type RunRow = { status: string; errors: string };

/**
 * The database as a reader finds it right after the crash: read-only, so that the next run meets
 * the crash's WAL; read-write (which recovers) only where a hot rollback journal needs rolling back.
 */
function inspect(file: string): { integrity: string[]; foreignKeys: unknown[]; ftsDeferred: number; dump: CanonicalDump | null; runs: RunRow[] } | null {
  if (!fs.existsSync(file)) return null;
  try {
    return inspectWith(new Database(file, { readonly: true, fileMustExist: true }));
  } catch (error) {
    if (!/^SQLITE_(READONLY|CANTOPEN|BUSY)/.test(String((error as { code?: unknown }).code))) throw error;
    return inspectWith(new Database(file, { fileMustExist: true }));
  }
}

function inspectWith(sqlite: Database.Database): ReturnType<typeof inspect> {
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: false }) as Array<{ integrity_check: string }>;
    const foreignKeys = sqlite.pragma("foreign_key_check") as unknown[];
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const present = ["postings", "scrape_runs", "series_points"].filter((table) => tables.has(table));
    // Migrations run in one transaction: a kill during them leaves all of them or none.
    expect(present.length === 0 || present.length === 3, `migrated tables after a kill: ${present.join(", ")}`).toBe(true);
    const migrated = present.length === 3;
    return {
      integrity: integrity.map((row) => row.integrity_check),
      foreignKeys,
      // The ingest's FTS deferral (migration 0012) lives only inside its transaction.
      ftsDeferred: tables.has("postings_fts_deferred") ? (sqlite.prepare("SELECT count(*) FROM postings_fts_deferred").pluck().get() as number) : 0,
      dump: migrated ? canonicalDump(sqlite) : null,
      runs: migrated ? (sqlite.prepare("SELECT status, errors FROM scrape_runs ORDER BY id").all() as RunRow[]) : [],
    };
  } finally {
    sqlite.close();
  }
}

function groupsByKey(lines: string[], key: Lane["key"]): Map<string, string[]> {
  const field = key === "month" ? 3 : 4;
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const value = line.split("|")[field] ?? "";
    groups.set(value, [...(groups.get(value) ?? []), line]);
  }
  return groups;
}

/** Every batch the crashed database holds is the clean run's batch, whole; raw documents only for stored postings. */
function expectWholeBatches(dump: CanonicalDump, clean: CanonicalDump, key: Lane["key"], where: string): "empty" | "partial" | "complete" {
  const cleanGroups = groupsByKey(clean.postings, key);
  const stored = groupsByKey(dump.postings, key);
  for (const [value, lines] of stored) expect(lines, `${where}: ${key} ${value} whole`).toEqual(cleanGroups.get(value));
  expect(dump.rawDocuments.every((line) => clean.rawDocuments.includes(line)), `${where}: raw documents from the clean run`).toBe(true);
  expect(dump.rawDocuments.length, `${where}: one raw document per stored posting`).toBe(dump.postings.length);
  if (stored.size === 0) return "empty";
  return stored.size === cleanGroups.size ? "complete" : "partial";
}

/** Resolves once the CLI has created the database file, or has exited. */
async function fileAppears(file: string, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone && !fs.existsSync(file)) await sleep(10);
}

async function cleanRun(lane: Lane): Promise<{ dump: CanonicalDump; readingMs: number }> {
  const file = freshDbFile();
  const child = spawnScrape(lane.args, { ...lane.env, PULSE_DB: file });
  await child.reading;
  const readingAt = Date.now();
  expect(await child.exited, child.output()).toBe(0);
  const state = inspect(file);
  if (!state?.dump) throw new Error(`${lane.name}: the clean run left no database:\n${child.output()}`);
  expect(state.integrity).toEqual(["ok"]);
  return { dump: state.dump, readingMs: Date.now() - readingAt };
}

async function crashLane(lane: Lane, clean: { dump: CanonicalDump; readingMs: number }, seed: number, all: { kills: number }): Promise<LaneResult> {
  const rng = random(seed);
  const result: LaneResult = { kills: 0, completions: 0, partialStates: 0, emptyStates: 0, schedule: [] };
  const started = Date.now();
  const inTime = () => Date.now() - started < (all.kills < MIN_KILLS ? MAX_KILL_TIME_MS : KILL_BUDGET_MS);
  let file = freshDbFile();
  while (inTime() && result.kills < KILLS_PER_LANE) {
    // On a fresh database some kills aim at its creation and migrations; some right after a batch is
    // stored, the rest anywhere in reading and writing.
    const early = !fs.existsSync(file) && (result.kills === 0 || rng() < EARLY_KILL_SHARE);
    const between = !early && (rng() < BETWEEN_KILL_SHARE || (result.partialStates === 0 && result.kills >= KILLS_PER_LANE - 3));
    const mode = early ? "early" : between ? "between" : "late";
    const delayMs = Math.round(rng() * { early: MIGRATION_WINDOW_MS, between: BETWEEN_WINDOW_MS, late: clean.readingMs * LATE_KILL_SHARE }[mode]);
    const child = spawnScrape(lane.args, { ...lane.env, PULSE_DB: file });
    const ready = { early: () => fileAppears(file, child.exited), between: () => child.printed(lane.batchStored), late: () => child.reading }[mode];
    await Promise.race([ready(), child.exited]);
    const finished = await Promise.race([sleep(delayMs).then(() => false), child.exited.then(() => true)]);
    const where = `${lane.name} seed ${seed} kill #${result.kills + 1} (${mode}: ${{ early: "once the file exists", between: "once a batch is stored", late: "once reading" }[mode]} +${delayMs} ms)`;
    if (finished) {
      // The run beat the kill: it must have ended the round with the clean run's rows.
      expect(await child.exited, `${where}: a run that was not killed exits 0\n${child.output()}`).toBe(0);
      expect(inspect(file)?.dump, `${where}: a completed rerun stores the clean run's rows`).toEqual(clean.dump);
      result.completions++;
      result.schedule.push(`${delayMs}ms:completed`);
      file = freshDbFile();
      continue;
    }
    await child.kill();
    result.kills++;
    all.kills++;
    const state = inspect(file);
    result.schedule.push(`${mode}+${delayMs}ms:${state?.dump ? `${state.dump.postings.length} postings` : state ? "unmigrated" : "no file"}`);
    if (!state) continue;
    expect(state.integrity, `${where}: integrity_check`).toEqual(["ok"]);
    expect(state.foreignKeys, `${where}: foreign_key_check`).toEqual([]);
    expect(state.ftsDeferred, `${where}: no FTS deferral left behind`).toBe(0);
    if (!state.dump) continue;
    const stored = expectWholeBatches(state.dump, clean.dump, lane.key, where);
    if (stored === "partial") result.partialStates++;
    if (stored === "empty") result.emptyStates++;
  }

  // The rerun after the last kill, through npm as an operator would start it, reads to the end.
  const rerun = spawnScrape(lane.args, { ...lane.env, PULSE_DB: file }, { viaNpm: true });
  expect(await rerun.exited, `${lane.name}: rerun after the kills\n${rerun.output()}`).toBe(0);
  const final = inspect(file);
  expect(final?.integrity).toEqual(["ok"]);
  // Each killed run that got to open its row either closed it itself (killed while exiting, after its
  // last write) or was closed by the next run as abandoned; none is left running; the rerun is ok.
  const runs = final?.runs ?? [];
  expect(runs.at(-1)?.status).toBe("ok");
  for (const run of runs.slice(0, -1)) {
    if (run.status === "ok") continue;
    expect(run.status).toBe("failed");
    expect(run.errors).toMatch(/"kind":"abandoned".*ended before it finished/);
  }
  expect(final?.dump && dumpSizes(final.dump)).toEqual(dumpSizes(clean.dump));
  expect(final?.dump).toEqual(clean.dump);
  return result;
}

describe("the scrape CLI killed with SIGKILL at random points", () => {
  it(
    "leaves a database that passes integrity_check with whole batches only, and a rerun stores exactly a clean run's rows",
    async () => {
      const ashbyConfig = path.join(dir, "sources.json");
      const config = loadSourcesConfig("scrapers/sources.json");
      const boards = (config.ashby?.boards ?? []).filter((board) => ["gimlet", "hcompany", "oumi", "AlephAlpha", "photoroom", "PrimeIntellect"].includes(board.slug));
      fs.writeFileSync(ashbyConfig, JSON.stringify({ sources: { ...config, ashby: { ...config.ashby, boards } } }));
      const lanes: Lane[] = [
        { name: "hn", args: ["--source", "hn", "--from", "2026-01", "--to", "2026-02"], env: laneEnv(), key: "month", batchStored: /^hn: \d{4}-\d{2} thread .*postings/ },
        { name: "ashby", args: ["--source", "ashby"], env: laneEnv({ PULSE_SOURCES_CONFIG: ashbyConfig }), key: "board", batchStored: /^ashby: \S+ \(.*\): \d+ jobs/ },
      ];
      const started = Date.now();
      const cleans = await Promise.all(lanes.map((lane) => cleanRun(lane)));
      const all = { kills: 0 };
      const results = await Promise.all(lanes.map((lane, i) => crashLane(lane, cleans[i]!, SEED + i, all)));
      const kills = all.kills;
      console.log(
        `crash test (seed ${SEED}): ${kills} kills in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
          lanes.map((lane, i) => `  ${lane.name}: ${JSON.stringify({ ...results[i], schedule: results[i]!.schedule.join(" ") })}`).join("\n"),
      );
      expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
      // The kills caught the database between batches, not only before the first or after the last.
      expect(results.reduce((sum, result) => sum + result.partialStates, 0)).toBeGreaterThan(0);
    },
    240_000,
  );
});
