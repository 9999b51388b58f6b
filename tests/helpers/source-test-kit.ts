import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach } from "vitest";
import type { Db } from "@/db/client";
import { postings } from "@/db/schema";
import { runSourceTick, type RunSummary } from "@/jobs/scrape-source";
import type { HttpClient, Validators } from "@/lib/http/client";
import type { ReplayServer } from "@/lib/replay/server";
import type { SourceConfig } from "@/scrapers/config";
import type { Batch, ScrapeOptions, Source } from "@/scrapers/types";
import { testHttpClient } from "./http";
import { replayServerForFile } from "./replay";
import { checkedInConfig } from "./sources-config";
import { createTempDb } from "./temp-db";

/** A run's inputs a test may change; `lines` collects its progress lines. */
export type KitRun = { config?: SourceConfig; options?: ScrapeOptions; lines?: string[] };
export type KitScrape = { config?: SourceConfig; validatorsFor?: (url: string) => Validators | null };

/**
 * One source's integration-test setup: the recorded web for the file, and per test a fresh
 * database and an HTTP client on the replay server (`retries` for that client).
 */
export function sourceTestKit(source: Source, settings: { now: Date; retries?: number }) {
  const replayServer = replayServerForFile();
  const config = checkedInConfig(source.name);
  let temp: ReturnType<typeof createTempDb> | undefined;
  let http: HttpClient | undefined;
  beforeEach(() => {
    temp = createTempDb();
    http = clientOn(replayServer(), settings.retries);
  });
  afterEach(async () => {
    await http?.close();
    temp?.cleanup();
  });

  const db = (): Db => {
    if (!temp) throw new Error("the temp database is created in beforeEach");
    return temp.db;
  };
  const tickWith = (client: HttpClient, run: KitRun): Promise<RunSummary> => {
    const lines = run.lines;
    const progress = lines ? (line: string) => void lines.push(line) : undefined;
    return runSourceTick({ db: db(), http: client, source, config: run.config ?? config, options: run.options, progress, now: settings.now });
  };

  return {
    replayServer,
    config,
    db,
    /** One run through the file's client on the recorded web. */
    tick(run: KitRun = {}): Promise<RunSummary> {
      if (!http) throw new Error("the HTTP client is created in beforeEach");
      return tickWith(http, run);
    },
    /** One run through a client of its own on `server`: a hand-made fixture, or fewer retries. */
    async tickOn(server: ReplayServer, run: KitRun & { retries?: number } = {}): Promise<RunSummary> {
      const client = clientOn(server, run.retries);
      try {
        return await tickWith(client, run);
      } finally {
        await client.close();
      }
    },
    /** What the source yields from `server`, outside any run (no validators unless given). */
    async batchesFrom(server: ReplayServer, scrape: KitScrape = {}): Promise<Batch[]> {
      const client = clientOn(server);
      const context = { http: client, options: {}, config: scrape.config ?? config, now: settings.now, validatorsFor: scrape.validatorsFor ?? (() => null) };
      const batches: Batch[] = [];
      try {
        for await (const batch of source.scrape(context)) batches.push(batch);
      } finally {
        await client.close();
      }
      return batches;
    },
    posting: (sourceId: string) => db().select().from(postings).where(eq(postings.sourceId, sourceId)).get(),
    /** This source's postings. */
    rows: () => db().select().from(postings).where(eq(postings.source, source.name)).all(),
    /** Every posting in the database. */
    postingCount: () => db().select({ n: count() }).from(postings).get()?.n ?? 0,
  };
}

function clientOn(server: ReplayServer, retries?: number): HttpClient {
  return testHttpClient(server.url, retries === undefined ? {} : { retries });
}
