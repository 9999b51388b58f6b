import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seriesPoints } from "@/db/schema";
import { runSourceTick } from "@/jobs/scrape-source";
import type { HttpClient } from "@/lib/http/client";
import { SERIES_INFO } from "@/lib/series";
import { adoptionSeriesSource } from "@/scrapers/adoption-series";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

// Recorded rows: AI 24,642; GenAI 21,339; six countries × 4,774 index rows × 2 (SA, NSA);
// 35 paper rows × 3 series; 8 question-count rows × 3 frameworks.
const RECORDED_POINTS = 24_642 + 21_339 + 6 * 4_774 * 2 + 35 * 3 + 8 * 3;
const GENAI_URL = "https://raw.githubusercontent.com/hiring-lab/ai-tracker/main/GenAI_posting.csv";

const config = checkedInConfig("adoption-series");
const replayServer = replayServerForFile();
let temp: ReturnType<typeof createTempDb>;
let http: HttpClient;

beforeEach(() => {
  temp = createTempDb();
  http = testHttpClient(replayServer().url);
});
afterEach(async () => {
  await http.close();
  temp.cleanup();
});

const tick = (client: HttpClient = http) => runSourceTick({ db: temp.db, http: client, source: adoptionSeriesSource, config });
const pointsBySeries = () =>
  Object.fromEntries(temp.db.$client.prepare("SELECT series, count(*) AS n FROM series_points GROUP BY series").all().map((row) => {
    const { series, n } = row as { series: string; n: number };
    return [series, n];
  }));

describe("adoption series through the replay server", () => {
  it("lands every recorded point of every file, each with its unit and origin", async () => {
    const summary = await tick();
    expect(summary.status).toBe("ok");
    expect(summary.errors).toEqual([]);
    expect(summary.counts).toMatchObject({ fetched: RECORDED_POINTS, newCount: RECORDED_POINTS, skippedCount: 0 });
    expect(pointsBySeries()).toEqual({
      indeed_ai_share: 24_642,
      indeed_genai_share: 21_339,
      indeed_postings_total_sa: 6 * 2_387,
      indeed_postings_total_nsa: 6 * 2_387,
      indeed_postings_new_sa: 6 * 2_387,
      indeed_postings_new_nsa: 6 * 2_387,
      papers_pytorch: 35,
      papers_tensorflow: 35,
      papers_total: 35,
      so_questions: 24,
    });
    const point = (series: "papers_pytorch" | "so_questions" | "indeed_ai_share", key: string, date: string) =>
      temp.db.select().from(seriesPoints).where(and(eq(seriesPoints.series, series), eq(seriesPoints.key, key), eq(seriesPoints.date, date))).get();
    expect(point("papers_pytorch", "iclr", "2022-05")).toMatchObject({ value: 1091, unit: "papers", origin: SERIES_INFO.papers_pytorch.origin });
    expect(point("so_questions", "pytorch", "2019")).toMatchObject({ value: 3060, unit: SERIES_INFO.so_questions.unit });
    expect(point("indeed_ai_share", "US", "2026-06-30")).toMatchObject({ value: 5.88061424953879, unit: "percent of postings", origin: expect.stringMatching(/Hiring Lab.*CC BY 4\.0/) });
  });

  it("adds nothing on a rerun, whether the files answer 304 or are read again", async () => {
    await tick();
    const conditional = await tick();
    expect(conditional.counts).toMatchObject({ fetched: 0, newCount: 0, updatedCount: 0 });
    temp.db.$client.exec("DELETE FROM http_validators");
    const full = await tick();
    expect(full.counts).toMatchObject({ fetched: RECORDED_POINTS, newCount: 0, updatedCount: 0, unchangedCount: RECORDED_POINTS });
  });

  it("keeps going when one file is gone: the run is partial and the other files land", async () => {
    replayServer().setFaults([{ match: "GenAI_posting.csv", kind: "status", status: 404 }]);
    const summary = await tick();
    expect(summary.status).toBe("partial");
    expect(summary.errors).toEqual([expect.objectContaining({ url: GENAI_URL, kind: "http", status: 404 })]);
    expect(summary.counts.newCount).toBe(RECORDED_POINTS - 21_339);
  });
});
