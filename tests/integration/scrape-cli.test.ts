import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { loadSourcesConfig } from "@/scrapers/config";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { linkedSnapshot, withoutBulkyHosts, type ManifestEntry } from "../helpers/linked-snapshot";

const exec = promisify(execFile);
const JOURNAL = JSON.parse(fs.readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] };

let dir: string;
let replay: ReplayServer;
let kept: ManifestEntry[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-scrape-cli-"));
  kept = linkedSnapshot(path.join(dir, "snapshot"), withoutBulkyHosts);
  replay = await createReplayServer({ snapshotDir: path.join(dir, "snapshot"), port: 0 });
});
afterAll(async () => {
  await replay.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function npm(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Items in a recorded response, counted from the file itself, independently of the adapters.
function recordedItems(entry: ManifestEntry): { source: string; board?: string; items: number } | null {
  const url = new URL(entry.url);
  const body = fs.readFileSync(path.join(SNAPSHOT_DIR, entry.file), "utf8");
  const json = () => JSON.parse(body) as Record<string, unknown[]> & unknown[];
  switch (url.host) {
    case "api.ashbyhq.com":
      return { source: "ashby", board: url.pathname.split("/").at(-1), items: json().jobs!.length };
    case "boards-api.greenhouse.io":
      return { source: "greenhouse", board: url.pathname.split("/")[3], items: json().jobs!.length };
    case "api.lever.co":
      return { source: "lever", board: url.pathname.split("/").at(-1), items: json().length };
    case "remotive.com":
      return { source: "remotive", items: json().jobs!.length };
    case "remoteok.com":
      // The API's first element is its legal notice, not a job; the listing HTML holds JobPosting JSON-LD.
      return url.pathname === "/api"
        ? { source: "remoteok", items: (json() as Array<{ legal?: string }>).filter((element) => element.legal === undefined).length }
        : { source: "remoteok", items: body.match(/"@type"\s*:\s*"JobPosting"/g)!.length };
    case "www.arbeitnow.com":
      return { source: "arbeitnow", items: json().data!.length };
    case "weworkremotely.com":
      return { source: "weworkremotely", items: body.match(/<item>/g)!.length };
    case "himalayas.app":
    case "jobicy.com":
      return { source: url.host.split(".")[0]!, items: json().jobs!.length };
    case "www.workingnomads.com":
      return { source: "workingnomads", items: json().length };
    default:
      return null;
  }
}

/** The rows of the first printed table whose header line matches `header`. */
function tableRows(stdout: string, header: RegExp): string[][] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => header.test(line));
  expect(start, `no table ${header} in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim()) break;
    rows.push(line.trim().split(/\s{2,}/));
  }
  return rows;
}

describe("npm run db:migrate", () => {
  it("applies every committed migration to PULSE_DB, again without harm, and fails with a non-zero exit", async () => {
    const file = path.join(dir, "migrated.db");
    for (let run = 0; run < 2; run++) {
      const { code, stdout } = await npm("db:migrate", [], { PULSE_DB: file });
      expect(code).toBe(0);
      expect(stdout).toContain(`db:migrate: ${file} is up to date`);
    }
    const db = openDb(file);
    const applied = db.$client.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number };
    const tables = (db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    db.$client.close();
    expect(applied.n).toBe(JOURNAL.entries.length);
    expect(tables).toEqual(expect.arrayContaining(["sources", "scrape_runs", "raw_documents", "postings", "posting_frameworks", "posting_roles", "posting_use_cases", "posting_countries"]));

    const notADirectory = path.join(dir, "migrated.db", "pulse.db");
    expect((await npm("db:migrate", [], { PULSE_DB: notADirectory })).code).not.toBe(0);
  });
});

describe("npm run scrape -- --all through the replay server", () => {
  it("prints a table per source and per company that matches the recorded item counts", async () => {
    const { code, stdout } = await npm("scrape", ["--all"], { PULSE_DB: path.join(dir, "all.db"), PULSE_REPLAY_URL: replay.url });
    // The survey and series files are left out of this snapshot, so those sources fail, and only they.
    expect(code).toBe(1);
    const bySource = new Map(tableRows(stdout, /^source\s+run\s+fetched\s+rejected\s+companies\s+open\s+closed$/).map((row) => [row[0]!, row.slice(1)]));
    expect([...bySource].filter(([, [status]]) => status === "failed").map(([source]) => source).sort()).toEqual(["adoption-series", "aijobs-salaries", "so-survey"]);

    const expected = new Map<string, number>();
    const byBoard = new Map<string, number>();
    for (const entry of kept) {
      const counted = recordedItems(entry);
      if (!counted) continue;
      expected.set(counted.source, (expected.get(counted.source) ?? 0) + counted.items);
      if (counted.board) byBoard.set(`${counted.source}/${counted.board.toLowerCase()}`, counted.items);
    }
    expect(expected.size).toBe(10);
    for (const [source, items] of expected) {
      const [status, fetched, rejected, , open, closed] = (bySource.get(source) ?? []).map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell));
      // What the run read is what was recorded; what it stored is that minus what validation rejected.
      expect({ source, status, fetched, stored: Number(open) + Number(closed) }).toEqual({ source, status: "ok", fetched: items, stored: items - Number(rejected) });
    }

    // Boards: one line per company, under the display name of scrapers/sources.json.
    const config = loadSourcesConfig("scrapers/sources.json");
    const perCompany = new Map(tableRows(stdout, /^source\s+company\s+open\s+closed$/).map(([source, company, open]) => [`${source}/${company}`, Number(open)]));
    for (const [key, items] of byBoard) {
      const [source, slug] = key.split("/") as ["ashby" | "greenhouse" | "lever", string];
      const board = config[source]?.boards.find((b) => b.slug.toLowerCase() === slug);
      expect(board, key).toBeDefined();
      expect(perCompany.get(`${source}/${board!.company}`), key).toBe(items);
    }
    expect(stdout).toMatch(/^\d+ postings stored for these sources form \d+ distinct jobs after linking duplicates$/m);
  }, 300_000);
});
