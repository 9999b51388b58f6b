// The real data the generator learns from: every recorded source scraped through the real
// pipeline (replay server → scrapers → normalise → ingest) into a database under os.tmpdir(),
// built once and reused, never inside the repository (the snapshot stays in ../shared).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { readEnv, snapshotDir } from "@/lib/env";
import { httpClientFromEnv } from "@/lib/http/from-env";
import { createReplayServer } from "@/lib/replay/server";
import { runSources } from "@/jobs/run-sources";
import { ALL_SOURCES } from "@/scrapers";
import { loadSourcesConfig } from "@/scrapers/config";

export const REAL_SAMPLE_DB = process.env.BENCH_REAL_DB ?? path.join(os.tmpdir(), "pulse-bench-real.db");

/** The path of the scraped snapshot database, scraping it first when it is missing. */
export async function realSampleDb(log: (line: string) => void): Promise<string> {
  if (fs.existsSync(REAL_SAMPLE_DB)) return REAL_SAMPLE_DB;
  const env = readEnv();
  const partial = `${REAL_SAMPLE_DB}.partial`;
  fs.rmSync(partial, { force: true });
  const db = openDb(partial);
  migrateDb(db);
  const replay = await createReplayServer({ snapshotDir: snapshotDir(env), port: 0 });
  log(`scraping the recorded web (${snapshotDir(env)}) into ${partial} once; later runs reuse it`);
  const http = httpClientFromEnv({ ...env, PULSE_REPLAY_URL: replay.url });
  const config = loadSourcesConfig(env.PULSE_SOURCES_CONFIG);
  const quiet = () => {};
  try {
    await runSources({ db, http, sources: ALL_SOURCES, config, options: {}, progress: quiet, force: true });
    // The snapshot holds the 2026 HN threads as a query from 2026-01, as the demo reads them.
    const hn = ALL_SOURCES.filter((source) => source.name === "hn");
    await runSources({ db, http, sources: hn, config, options: { from: "2026-01" }, progress: quiet, force: true });
  } finally {
    await http.close();
    await replay.close();
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    db.$client.close();
  }
  fs.renameSync(partial, REAL_SAMPLE_DB);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${partial}${suffix}`, { force: true });
  return REAL_SAMPLE_DB;
}
