import { describe, expect, it } from "vitest";
import { scrapeRuns } from "@/db/schema";
import { runSources } from "@/jobs/run-sources";
import { loadSourcesConfig } from "@/scrapers/config";
import { sourceByName } from "@/scrapers";
import type { Source } from "@/scrapers/types";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";
import { createTempDb } from "../helpers/temp-db";

const replayServer = replayServerForFile();
const config = loadSourcesConfig("scrapers/sources.json");
const sources = ["hn", "remotive", "weworkremotely"].map((name) => sourceByName(name) as Source);

describe("runSources", () => {
  it("keeps going when one source fails: the others' runs are ok", async () => {
    replayServer().setFaults([{ match: "hn.algolia.com", kind: "status", status: 503 }]);
    const temp = createTempDb();
    const http = testHttpClient(replayServer().url, { retries: 1 });
    const lines: string[] = [];
    const summaries = await runSources({ db: temp.db, http, sources, config, options: { from: "2018-03", to: "2018-03" }, progress: (l) => lines.push(l) });
    await http.close();
    expect(summaries.map((s) => [s.source, s.status])).toEqual([
      ["hn", "failed"],
      ["remotive", "ok"],
      ["weworkremotely", "ok"],
    ]);
    expect(temp.db.select().from(scrapeRuns).all().map((r) => r.status)).toEqual(["failed", "ok", "ok"]);
    expect(lines.some((l) => /^hn: run #1 FAILED/.test(l))).toBe(true);
    temp.cleanup();
  });

  it("honours the interval a source asks for in its own notice, unless forced", async () => {
    const temp = createTempDb();
    const http = testHttpClient(replayServer().url);
    const remotive = [sourceByName("remotive") as Source];
    const lines: string[] = [];
    const run = (force = false) => runSources({ db: temp.db, http, sources: remotive, config, options: {}, progress: (l) => lines.push(l), force });
    expect(await run()).toHaveLength(1);
    expect(await run()).toHaveLength(0);
    expect(lines.at(-1)).toMatch(/^remotive: skipped .* next read allowed at .*--force/);
    const forced = await run(true);
    expect(forced[0]?.counts.newCount).toBe(0);
    await http.close();
    temp.cleanup();
  });
});
