import { z } from "zod";
import { wholeBoards } from "../ats-boards";
import { postingVerdict, skipVerdict, type ItemVerdict } from "../item-verdict";
import type { Source } from "../types";
import { ashbyPostedAt, parseAshbyJob } from "./record";

// Jobs are validated one by one, so one odd job never costs the rest of the board.
const boardSchema = z.looseObject({ jobs: z.array(z.unknown()) });

export const ashbySource: Source = {
  name: "ashby",
  label: "Ashby job boards",
  // A board lists every open job: each run reads it whole.
  scheduledOptions: () => ({}),
  scrape: (context) =>
    wholeBoards(context, (board) => ({
      source: "ashby",
      url: boardUrl(board.slug),
      readEnvelope: (body) => boardSchema.parse(JSON.parse(body)).jobs,
      readItem: readJob,
    })),
};

function boardUrl(slug: string): string {
  return `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(slug)}?includeCompensation=true`;
}

function readJob(record: unknown, now: Date): ItemVerdict {
  const job = parseAshbyJob(record);
  if (job.isListed === false) return skipVerdict("unlisted");
  return postingVerdict({ sourceId: job.id, url: job.jobUrl, record, postedAt: ashbyPostedAt(job) }, now);
}
