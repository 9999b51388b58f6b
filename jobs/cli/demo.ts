import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { readEnv, snapshotDir, type Env } from "@/lib/env";
import { httpClientFromEnv } from "@/lib/http/from-env";
import { createReplayServer } from "@/lib/replay/server";
import { ALL_SOURCES } from "@/scrapers";
import { loadSourcesConfig } from "@/scrapers/config";
import type { ScrapeOptions } from "@/scrapers/types";
import { runSources } from "../run-sources";
import { runCli } from "./run-cli";

// The snapshot lists the 2011-2023 HN threads unfiltered and the 2026 ones as a query from 2026-01.
const HN_RECENT_WINDOW: ScrapeOptions = { from: "2026-01" };
const log = (line: string) => console.log(`demo: ${line}`);

async function ingest(env: Env): Promise<void> {
  const db = openDb(env.PULSE_DB);
  migrateDb(db);
  log(`database ${path.resolve(env.PULSE_DB)} migrated`);
  const snapshot = snapshotDir(env);
  const config = loadSourcesConfig(env.PULSE_SOURCES_CONFIG);
  if (fs.existsSync(path.join(snapshot, "manifest.json"))) {
    const replay = await createReplayServer({ snapshotDir: snapshot, port: env.PULSE_REPLAY_PORT });
    log(`replaying the recorded web from ${snapshot} on ${replay.url}`);
    const http = httpClientFromEnv({ ...env, PULSE_REPLAY_URL: replay.url });
    await runSources({ db, http, sources: ALL_SOURCES, config, options: {}, progress: log });
    const hn = ALL_SOURCES.filter((source) => source.name === "hn");
    await runSources({ db, http, sources: hn, config, options: HN_RECENT_WINDOW, progress: log });
    await http.close();
    await replay.close();
  } else {
    log(`no snapshot at ${snapshot}: scraping the LIVE sources, politely, over each source's recent window`);
    const http = httpClientFromEnv(env);
    const now = new Date();
    await runSources({ db, http, sources: ALL_SOURCES, config, options: (source) => source.scheduledOptions(now), progress: log });
    await http.close();
  }
  db.$client.close();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  });
}

async function main(): Promise<number> {
  const env = readEnv();
  await ingest(env);
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PULSE_DB: path.resolve(env.PULSE_DB) };
  const next = path.resolve("node_modules/.bin/next");
  if (process.env.PULSE_DEMO_SKIP_BUILD !== "1") {
    log("building the dashboard (next build)…");
    const built = await run(next, ["build"], childEnv);
    if (built !== 0) return built;
  }
  log(`dashboard on http://localhost:${env.PORT} (Ctrl-C stops it)`);
  return run(next, ["start", "-p", String(env.PORT)], childEnv);
}

runCli("demo", main);
