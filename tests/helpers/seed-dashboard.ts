import type { Db } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { runSourceTick, type RunSummary } from "@/jobs/scrape-source";
import { createReplayServer } from "@/lib/replay/server";
import { adoptionSeriesSource } from "@/scrapers/adoption-series";
import { ashbySource } from "@/scrapers/ashby";
import { hnSource } from "@/scrapers/hn";
import { remotiveSource } from "@/scrapers/remotive";
import { soSurveySource } from "@/scrapers/so-survey";
import { testHttpClient } from "./http";
import { checkedInConfig } from "./sources-config";
import { SNAPSHOT_DIR } from "./snapshot";

export const SEED_NOW = new Date("2026-11-26T12:00:00Z");

/** The hand-made posting whose description carries markup that must render as text. */
export const HOSTILE_POSTING = {
  source: "careers",
  sourceId: "hostile-1",
  title: "Computer Vision Engineer (PyTorch)",
  company: "Injection Labs",
  description:
    "We build vision models in PyTorch.\n<script>window.__pulseInjected = true; console.error('injected')</script>\n<img src=x onerror=\"window.__pulseInjected = true\">\nApply by email.",
} as const;

/**
 * The dashboard's demo data through the real scrapers on the replay server: two HN months, the
 * Ashby boards, Remotive, the adoption series and the 2023 survey, plus one hand-made posting with a `<script>`.
 */
export async function seedDashboard(db: Db): Promise<RunSummary[]> {
  const replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
  const http = testHttpClient(replay.url);
  const tick = (source: typeof hnSource, options = {}) =>
    runSourceTick({ db, http, source, config: checkedInConfig(source.name), options, now: SEED_NOW });
  try {
    const runs = [
      await tick(hnSource, { from: "2018-03", to: "2018-03" }),
      await tick(hnSource, { from: "2026-01", to: "2026-01" }),
      await tick(ashbySource),
      await tick(remotiveSource),
      await tick(adoptionSeriesSource),
      await tick(soSurveySource),
    ];
    seedHostilePosting(db);
    return runs;
  } finally {
    await http.close();
    await replay.close();
  }
}

function seedHostilePosting(db: Db): void {
  const { source, sourceId, title, company, description } = HOSTILE_POSTING;
  const postedAt = "2026-10-02T09:00:00.000Z";
  ingestBatch(db, {
    source,
    runId: null,
    fetchedAt: SEED_NOW.toISOString(),
    validators: [],
    items: [
      {
        sourceId,
        url: "https://careers.example.test/jobs/hostile-1",
        record: { id: sourceId, title, description },
        month: postedAt.slice(0, 7),
        postedAt,
        posting: {
          company,
          title,
          locationText: "Berlin, Germany",
          description,
          applyUrl: "https://careers.example.test/jobs/hostile-1/apply",
          frameworks: [{ framework: "pytorch", context: "required", snippet: "We build vision models in PyTorch." }],
          roles: ["ml_engineer"],
          useCases: ["computer_vision"],
          countries: ["DE"],
          seniority: "unspecified",
          remote: "onsite",
          salary: { min: 70_000, max: 90_000, currency: "EUR", period: "year", text: "€70k–90k" },
        },
      },
    ],
  });
}
