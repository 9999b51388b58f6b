import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { linkedSnapshot, withoutBulkyHosts } from "../helpers/linked-snapshot";

// The demo over the recorded job sources, without the bulky HN HTML pages and survey files.
type Demo = { output: string; code: number | null };

let dir: string;
let snapshot: string;
const dbFile = () => path.join(dir, "pulse.db");

/** `npm run demo`'s entry point as a user runs it, stopped once it has ingested and starts serving the dashboard. */
function runDemo(env: Record<string, string>): Promise<Demo> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "jobs/cli/demo.ts"], {
      env: { ...process.env, PULSE_DB: dbFile(), PULSE_DEMO_SKIP_BUILD: "1", PORT: "3999", PULSE_REPLAY_PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Serving is the demo's last step: stop the whole group (tsx, next) once it gets there.
      if (/^demo: dashboard on /m.test(output) && child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => resolve({ output, code }));
  });
}

function countsBySource(): Record<string, number> {
  const db = openDb(dbFile());
  try {
    const rows = db.$client.prepare("SELECT source, count(*) AS n FROM postings GROUP BY source").all() as Array<{ source: string; n: number }>;
    return Object.fromEntries(rows.map((row) => [row.source, row.n]));
  } finally {
    db.$client.close();
  }
}

function rawDocumentCount(): number {
  const db = openDb(dbFile());
  try {
    return (db.$client.prepare("SELECT count(*) AS n FROM raw_documents").get() as { n: number }).n;
  } finally {
    db.$client.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-demo-"));
  snapshot = path.join(dir, "snapshot");
  linkedSnapshot(snapshot, withoutBulkyHosts);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run demo", () => {
  let first: Demo;
  let firstCounts: Record<string, number>;

  it("replays the snapshot and ingests every job source in it", async () => {
    first = await runDemo({ PULSE_SNAPSHOT: snapshot });
    expect(first.output).toContain(`demo: replaying the recorded web from ${snapshot}`);
    expect(first.output).toMatch(/^demo: dashboard on http:\/\/localhost:/m);
    expect(first.output).not.toMatch(/FAILED (network|parse|timeout)/);
    firstCounts = countsBySource();
    for (const source of ["hn", "ashby", "greenhouse", "lever", "remotive", "remoteok", "arbeitnow", "weworkremotely", "himalayas", "jobicy", "workingnomads"]) {
      expect(firstCounts[source], source).toBeGreaterThan(0);
    }
    // The 2026 HN threads come from the demo's second, recent-window pass.
    expect(first.output).toMatch(/^demo: hn: 2026-05 thread 47975571 \(algolia, 1 page\): \d+ postings/m);
  }, 240_000);

  it("reuses the database on a second run and adds no duplicates", async () => {
    const rawBefore = rawDocumentCount();
    const second = await runDemo({ PULSE_SNAPSHOT: snapshot });
    expect(second.output).toMatch(/^demo: dashboard on /m);
    expect(countsBySource()).toEqual(firstCounts);
    expect(rawDocumentCount()).toBe(rawBefore);
    const summaries = second.output.match(/^demo: \S+: run #\d+ \w+ .*$/gm) ?? [];
    expect(summaries.length).toBeGreaterThan(5);
    for (const line of summaries) expect(line).toMatch(/: 0 new, 0 updated, /);
  }, 240_000);
});

describe("npm run demo without a snapshot", () => {
  let live: ReplayServer;
  // "Live" here is the recorded web behind PULSE_REPLAY_URL, so no request leaves the machine.
  beforeAll(async () => {
    live = await createReplayServer({ snapshotDir: snapshot, port: 0 });
  });
  afterAll(() => live.close());

  it("says so and reads the live sources over their recent window only", async () => {
    // On the database of the runs above, so the job boards answer 304 and the run stays short.
    const missing = path.join(dir, "no-snapshot-here");
    const demo = await runDemo({ PULSE_SNAPSHOT: missing, PULSE_REPLAY_URL: live.url });
    expect(demo.output).toContain(`demo: no snapshot at ${missing}: scraping the LIVE sources, politely, over each source's recent window`);
    expect(demo.output).not.toContain("replaying the recorded web");
    // HN's window is this month and last: it lists the threads, but reads none of the recorded ones (2011 to 2026-05).
    expect(live.requests.some((request) => request.url.includes("hn.algolia.com/api/v1/search_by_date"))).toBe(true);
    expect(live.requests.filter((request) => /\/items\/|news\.ycombinator\.com\/item/.test(request.url))).toEqual([]);
    expect(live.requests.some((request) => request.url.includes("api.ashbyhq.com/posting-api/job-board/"))).toBe(true);
  }, 240_000);
});
