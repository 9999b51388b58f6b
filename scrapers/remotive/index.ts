import { z } from "zod";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import { listingBatch } from "../listing-batch";
import { intervalFromNotice } from "../notices";
import { parseRecord } from "../record-reader";
import type { Source } from "../types";
import { remotiveDate, remotiveJobSchema } from "./record";

const FEED_URL = "https://remotive.com/api/remote-jobs";

// The notices ("00-warning", "0-legal-notice") sit beside the jobs as top-level strings.
const envelopeSchema = z.looseObject({
  jobs: z.array(z.unknown()),
  "total-job-count": z.number().int().nullish(),
});

type Envelope = z.infer<typeof envelopeSchema>;

export const remotiveSource: Source = {
  name: "remotive",
  label: "Remotive — remote jobs API",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    yield await listingBatch(context, {
      source: "remotive",
      url: FEED_URL,
      label: FEED_URL,
      readEnvelope: (body) => parseRecord("remotive envelope", envelopeSchema, JSON.parse(body)),
      records: (envelope) => envelope.jobs,
      readItem: readJob,
      requestedIntervalMs: (envelope) => intervalFromNotice(noticesOf(envelope)),
      // The unpaged response is Remotive's whole current listing, unless some of it could not be read.
      complete: (batch, envelope) => isWhole(envelope) && !batch.skipped.invalid,
    });
  },
};

function noticesOf(envelope: Envelope): string {
  return Object.values(envelope)
    .filter((value): value is string => typeof value === "string")
    .join("\n");
}

function isWhole(envelope: Envelope): boolean {
  const total = envelope["total-job-count"];
  return total == null || total === envelope.jobs.length;
}

function readJob(record: unknown, now: Date): ItemVerdict {
  const job = parseRecord("remotive", remotiveJobSchema, record);
  const postedAt = (job.publication_date && remotiveDate(job.publication_date)) || null;
  return postingVerdict({ sourceId: String(job.id), url: job.url, record, postedAt }, now);
}
