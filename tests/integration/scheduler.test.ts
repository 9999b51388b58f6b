import { describe, expect, it } from "vitest";
import { scrapeRuns } from "@/db/schema";
import { scheduleSources } from "@/jobs/scheduler";
import type { SourceName } from "@/lib/sources";
import { hnSource } from "@/scrapers/hn";
import { jobicySource } from "@/scrapers/jobicy";
import { weworkremotelySource } from "@/scrapers/weworkremotely";
import { testHttpClient } from "../helpers/http";
import { checkedInConfig } from "../helpers/sources-config";
import { replayServerForFile } from "../helpers/replay";
import { createTempDb } from "../helpers/temp-db";

const replayServer = replayServerForFile();

describe("scheduleSources", () => {
  it("schedules each source in UTC and a tick records a run", async () => {
    const temp = createTempDb();
    const http = testHttpClient(replayServer().url);
    const lines: string[] = [];
    // The real HN source with a fixed window, so the tick reads recorded threads whatever today is.
    const source = { ...hnSource, scheduledOptions: () => ({ from: "2018-06", to: "2018-06" }) };
    const [task] = scheduleSources(temp.db, http, [source], { hn: checkedInConfig("hn") }, (line) => lines.push(line));
    try {
      expect(task?.name).toBe("hn");
      const next = task!.getNextRun();
      expect(next?.getUTCHours()).toBe(6);
      expect(next?.getUTCMinutes()).toBe(17);

      await task!.execute();
      const runs = temp.db.select().from(scrapeRuns).all();
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ source: "hn", status: "ok", options: { from: "2018-06", to: "2018-06" } });
      expect(runs[0]!.newCount).toBeGreaterThan(500);
      expect(lines.at(-1)).toMatch(/^hn: run #1 OK/);
    } finally {
      await task?.destroy();
      await http.close();
      temp.cleanup();
    }
  });

  it("never runs a source twice at once, and one failing source leaves the others' runs ok", async () => {
    // Every second: the feed is held for 2.5 s, so its next ticks fall while its first run is still going.
    replayServer().setFaults([
      { match: "weworkremotely.com/remote-jobs.rss", kind: "delay", ms: 2_500, times: 1 },
      { match: "jobicy.com", kind: "status", status: 503 },
    ]);
    const temp = createTempDb();
    const http = testHttpClient(replayServer().url, { retries: 0, timeoutMs: 10_000 });
    const lines: string[] = [];
    const everySecond = (name: SourceName) => ({ ...checkedInConfig(name), schedule: "* * * * * *" });
    const config = { weworkremotely: everySecond("weworkremotely"), jobicy: everySecond("jobicy") };
    const tasks = scheduleSources(temp.db, http, [weworkremotelySource, jobicySource], config, (line) => lines.push(line));
    try {
      await new Promise((resolve) => setTimeout(resolve, 4_500));
      for (const task of tasks) await task.stop();
      await expect.poll(() => temp.db.select().from(scrapeRuns).all().filter((r) => r.status === "running"), { timeout: 10_000 }).toEqual([]);

      const runs = temp.db.select().from(scrapeRuns).all();
      const feedRuns = runs.filter((r) => r.source === "weworkremotely");
      const failingRuns = runs.filter((r) => r.source === "jobicy");
      expect(failingRuns.length).toBeGreaterThanOrEqual(2);
      expect(new Set(failingRuns.map((r) => r.status))).toEqual(new Set(["failed"]));
      expect(feedRuns[0]).toMatchObject({ status: "ok", newCount: 4 });
      // Ticks during a run are dropped by the scheduler: no run starts before the one before it finished.
      feedRuns.slice(1).forEach((run, i) => expect(run.startedAt >= feedRuns[i]!.finishedAt!).toBe(true));
      expect(lines.filter((line) => /run failed to start|already running/.test(line))).toEqual([]);
    } finally {
      for (const task of tasks) await task.destroy();
      await http.close();
      temp.cleanup();
    }
  });

  it("skips disabled sources", () => {
    const temp = createTempDb();
    const http = testHttpClient(replayServer().url);
    expect(scheduleSources(temp.db, http, [hnSource], { hn: { ...checkedInConfig("hn"), enabled: false } }, () => {})).toEqual([]);
    temp.cleanup();
  });

  it("refuses a source with an invalid cron expression before scheduling anything", () => {
    const temp = createTempDb();
    const http = testHttpClient(replayServer().url);
    const config = { hn: { ...checkedInConfig("hn"), schedule: "every day" } };
    expect(() => scheduleSources(temp.db, http, [hnSource], config, () => {})).toThrow(/invalid schedule/);
    temp.cleanup();
  });
});
