import { z } from "zod";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import { listingBatch } from "../listing-batch";
import { parseRecord } from "../record-reader";
import type { Source } from "../types";
import { parseWorkingnomadsJob, workingnomadsJobId, workingnomadsPostedAt } from "./record";

export const WORKINGNOMADS_URL = "https://www.workingnomads.com/api/exposed_jobs/";

// The API answers with a bare array of jobs, no envelope.
const responseSchema = z.array(z.unknown());

export const workingnomadsSource: Source = {
  name: "workingnomads",
  label: "Working Nomads — exposed jobs API",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    // The newest jobs of a much longer listing, never complete: a posting missing from it is not closed.
    yield await listingBatch(context, {
      source: "workingnomads",
      url: WORKINGNOMADS_URL,
      label: "exposed jobs",
      readEnvelope: (body) => parseRecord("workingnomads job list", responseSchema, JSON.parse(body)),
      records: (jobs) => jobs,
      readItem: readJob,
    });
  },
};

function readJob(record: unknown, now: Date): ItemVerdict {
  const job = parseWorkingnomadsJob(record);
  return postingVerdict({ sourceId: workingnomadsJobId(job.url), url: job.url, record, postedAt: workingnomadsPostedAt(job) }, now);
}
