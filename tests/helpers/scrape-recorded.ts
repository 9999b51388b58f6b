import type { Db } from "@/db/client";
import { runSourceTick, type RunSummary } from "@/jobs/scrape-source";
import type { HttpConfig } from "@/lib/http/client";
import { createReplayServer } from "@/lib/replay/server";
import type { Source } from "@/scrapers/types";
import { testHttpClient } from "./http";
import { SNAPSHOT_DIR } from "./snapshot";
import { checkedInConfig } from "./sources-config";

/** One run of each source, one after another, through the real scrapers on the recorded web, with its checked-in config. */
export async function scrapeRecorded(db: Db, sources: readonly Source[], settings: { now: Date; http?: Partial<HttpConfig> }): Promise<RunSummary[]> {
  const replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
  const http = testHttpClient(replay.url, settings.http);
  try {
    const summaries: RunSummary[] = [];
    for (const source of sources) summaries.push(await runSourceTick({ db, http, source, config: checkedInConfig(source.name), now: settings.now }));
    return summaries;
  } finally {
    await http.close();
    await replay.close();
  }
}
