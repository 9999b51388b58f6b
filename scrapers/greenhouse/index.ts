import { z } from "zod";
import { wholeBoards } from "../ats-boards";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import type { Source } from "../types";
import { greenhousePostedAt, parseGreenhouseJob } from "./record";

// Jobs are validated one by one, so one odd job never costs the rest of the board.
const boardSchema = z.looseObject({ jobs: z.array(z.unknown()) });

export const greenhouseSource: Source = {
  name: "greenhouse",
  label: "Greenhouse job boards",
  // A board lists every open job: each run reads it whole.
  scheduledOptions: () => ({}),
  scrape: (context) =>
    wholeBoards(context, (board) => ({
      source: "greenhouse",
      url: boardUrl(board.slug),
      readEnvelope: (body) => boardSchema.parse(JSON.parse(body)).jobs,
      readItem: readJob,
    })),
};

function boardUrl(slug: string): string {
  return `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(slug)}/jobs?content=true`;
}

function readJob(record: unknown, now: Date): ItemVerdict {
  const job = parseGreenhouseJob(record);
  return postingVerdict({ sourceId: String(job.id), url: job.absolute_url, record, postedAt: greenhousePostedAt(job) }, now);
}
