import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postings } from "@/db/schema";
import { runSourceTick } from "@/jobs/scrape-source";
import { ashbySource } from "@/scrapers/ashby";
import { remotiveSource } from "@/scrapers/remotive";
import { handMadeReplayServer } from "../helpers/replay";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { sourceTestKit } from "../helpers/source-test-kit";
import { checkedInConfig } from "../helpers/sources-config";
import { testHttpClient } from "../helpers/http";

const NOW = new Date("2026-11-26T12:00:00Z");
const COHERE_URL = "https://api.ashbyhq.com/posting-api/job-board/cohere?includeCompensation=true";
const recordedCohere = JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "api.ashbyhq.com/posting-api/job-board/cohere_includeCompensation-true.json"), "utf8")) as {
  jobs: Array<{ id: string; title: string; descriptionHtml: string; publishedAt: string; jobUrl: string }>;
};
const [droppedJob, ...keptJobs] = recordedCohere.jobs;

// The same board a day later, without its first job.
const cohereLater = handMadeReplayServer(COHERE_URL, { ...recordedCohere, jobs: keptJobs });
// An aggregator re-listing that first job under its own URL, with the employer's description.
const aggregatorFeed = handMadeReplayServer("https://remotive.com/api/remote-jobs", {
  "job-count": 1,
  "total-job-count": 1,
  jobs: [
    {
      id: 9_000_001,
      url: "https://remotive.com/remote-jobs/software-dev/cohere-9000001",
      title: `${droppedJob!.title} (Remote)`,
      company_name: "Cohere",
      category: "Software Development",
      tags: [],
      job_type: "full_time",
      publication_date: "2026-07-28T14:23:05",
      candidate_required_location: "UK",
      salary: "",
      description: droppedJob!.descriptionHtml,
    },
  ],
});

const kit = sourceTestKit(ashbySource, { now: NOW });
const cohereOnly = { ...checkedInConfig("ashby"), boards: [{ slug: "cohere", company: "Cohere" }] };

describe("a job's life across runs and sources", () => {
  it("closes the job a board no longer lists, with the date, and keeps the others open", async () => {
    expect((await kit.tick({ config: cohereOnly })).counts.newCount).toBe(recordedCohere.jobs.length);
    const later = await kit.tickOn(cohereLater(), { config: cohereOnly });
    expect(later.counts).toMatchObject({ newCount: 0, unchangedCount: keptJobs.length, closedCount: 1 });
    expect(kit.posting(droppedJob!.id)?.closedAt).toBeTruthy();
    expect(kit.rows().filter((row) => row.closedAt === null)).toHaveLength(keptJobs.length);
  });

  it("links the job on the board and on an aggregator into one group", async () => {
    await kit.tick({ config: cohereOnly });
    const http = testHttpClient(aggregatorFeed().url);
    await runSourceTick({ db: kit.db(), http, source: remotiveSource, config: checkedInConfig("remotive"), now: NOW });
    await http.close();
    const board = kit.posting(droppedJob!.id);
    const aggregated = kit.db().select().from(postings).all().find((row) => row.source === "remotive");
    expect(aggregated?.groupId).toBe(board?.groupId ?? board?.id);
    const otherGroups = new Set(kit.rows().filter((row) => row.id !== board?.id).map((row) => row.groupId));
    expect(otherGroups.has(aggregated!.groupId)).toBe(false);
  });
});
