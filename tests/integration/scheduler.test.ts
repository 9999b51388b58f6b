import { describe, expect, it } from "vitest";
import { scrapeRuns } from "@/db/schema";
import { scheduleSources } from "@/jobs/scheduler";
import { hnSource } from "@/scrapers/hn";
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
