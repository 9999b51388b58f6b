import { z } from "zod";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import { listingBatch } from "../listing-batch";
import { parseRecord } from "../record-reader";
import type { Source } from "../types";
import { jobicyPostedAt, parseJobicyJob } from "./record";

/** The recorded web answers only count=5 (the collector it came from asks for 100). */
export const JOBICY_COUNT = 5;
export const JOBICY_URL = `https://jobicy.com/api/v2/remote-jobs?count=${JOBICY_COUNT}`;

const envelopeSchema = z.looseObject({
  jobs: z.array(z.unknown()),
});

export const jobicySource: Source = {
  name: "jobicy",
  label: "Jobicy — remote jobs API",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    // The newest jobs of a much longer feed, never complete: a posting missing from it is not closed.
    yield await listingBatch(context, {
      source: "jobicy",
      url: JOBICY_URL,
      label: `newest ${JOBICY_COUNT} jobs`,
      readEnvelope: (body) => parseRecord("jobicy envelope", envelopeSchema, JSON.parse(body)),
      records: (envelope) => envelope.jobs,
      readItem: readJob,
    });
  },
};

function readJob(record: unknown, now: Date): ItemVerdict {
  const job = parseJobicyJob(record);
  return postingVerdict({ sourceId: String(job.id), url: job.url, record, postedAt: jobicyPostedAt(job) }, now);
}
