import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { scrapeRuns } from "@/db/schema";
import { runSourceTick, type RunSummary } from "@/jobs/scrape-source";
import type { HttpClient, HttpConfig } from "@/lib/http/client";
import type { Fault } from "@/lib/replay/faults";
import type { ReplayServer } from "@/lib/replay/server";
import type { SourceConfig } from "@/scrapers/config";
import type { ScrapeOptions, Source } from "@/scrapers/types";
import { canonicalDump, type CanonicalDump } from "./canonical-dump";
import { testHttpClient } from "./http";
import { checkedInConfig } from "./sources-config";
import { createTempDb } from "./temp-db";

export const FAULT_NOW = new Date("2026-11-26T12:00:00Z");

// Short timeouts and few retries: a fault that outlasts them fails its batch within a second or two.
export const FAST_HTTP: Partial<HttpConfig> = { timeoutMs: 500, retries: 2, retryBaseMs: 10 };

/** One source's run as the fault tests make it: which source, over which window, with which boards. */
export type Scenario = { source: Source; options?: ScrapeOptions; config?: SourceConfig };

export type FaultRun = { db: Db; faults?: Fault[]; http?: HttpClient; httpConfig?: Partial<HttpConfig> };

/** One run of the scenario on the replay server with `faults` in force (cleared afterwards). */
export async function runWithFaults(replay: ReplayServer, scenario: Scenario, run: FaultRun): Promise<RunSummary> {
  replay.setFaults(run.faults ?? []);
  const http = run.http ?? testHttpClient(replay.url, { ...FAST_HTTP, ...run.httpConfig });
  try {
    const config = scenario.config ?? checkedInConfig(scenario.source.name);
    return await runSourceTick({ db: run.db, http, source: scenario.source, config, options: scenario.options, now: FAULT_NOW });
  } finally {
    replay.setFaults([]);
    if (!run.http) await http.close();
  }
}

/** What one fault-free run of the scenario stores in a fresh database, computed once per scenario. */
export function baselineOf(replay: () => ReplayServer, scenario: Scenario): () => Promise<CanonicalDump> {
  let dump: Promise<CanonicalDump> | undefined;
  return () =>
    (dump ??= (async () => {
      const temp = createTempDb();
      try {
        const summary = await runWithFaults(replay(), scenario, { db: temp.db });
        if (summary.status !== "ok") throw new Error(`baseline run of ${scenario.source.name} was ${summary.status}: ${JSON.stringify(summary.errors)}`);
        return canonicalDump(temp.db.$client);
      } finally {
        temp.cleanup();
      }
    })());
}

/** The run as recorded in scrape_runs agrees with its summary: status, and errors of these kinds. */
export function expectRecorded(db: Db, summary: RunSummary, status: RunSummary["status"], kinds: string[]): void {
  const row = db.select().from(scrapeRuns).where(eq(scrapeRuns.id, summary.runId)).get();
  expect(row?.status).toBe(status);
  expect(row?.errors).toEqual(summary.errors);
  expect(summary.errors.map((error) => error.kind).sort()).toEqual([...kinds].sort());
}

/**
 * Nothing half-written: grouped by `key` (a posting line's month or board), every group stored
 * now is exactly that group of the baseline, and the groups absent are `missing`.
 */
export function expectWholeOrAbsent(db: Db, baseline: CanonicalDump, key: "month" | "board", missing: string[]): void {
  const field = key === "month" ? 3 : 4;
  const groups = (lines: string[]) => {
    const byKey = new Map<string, string[]>();
    for (const line of lines) {
      const value = line.split("|")[field] ?? "";
      byKey.set(value, [...(byKey.get(value) ?? []), line]);
    }
    return byKey;
  };
  const stored = groups(canonicalDump(db.$client).postings);
  const expected = groups(baseline.postings);
  for (const [value, lines] of stored) expect(lines, `${key} ${value} is stored whole`).toEqual(expected.get(value));
  expect([...expected.keys()].filter((value) => !stored.has(value)).sort()).toEqual([...missing].sort());
}

/** Postings lines of the baseline under one month or board. */
export function baselineCount(baseline: CanonicalDump, key: "month" | "board", values: string[]): number {
  const field = key === "month" ? 3 : 4;
  return baseline.postings.filter((line) => values.includes(line.split("|")[field] ?? "")).length;
}
