import fs from "node:fs";
import { csvBatches } from "../data-files/csv-batches";
import { downloadedBatches } from "../data-files/downloaded";
import type { Source } from "../types";
import { AIJOBS_SOURCE, salaryRowReader } from "./map-row";

// The site has moved to aijobs.net; the recorded web (and the weekly CC0 snapshot) use this URL.
export const SALARIES_URL = "https://ai-jobs.net/salaries/download/salaries.csv";
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const ROWS_PER_BATCH = 5000;

export const aijobsSalariesSource: Source = {
  name: AIJOBS_SOURCE,
  label: "ai-jobs.net — salary survey CSV",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    const request = { source: AIJOBS_SOURCE, url: SALARIES_URL, label: "salaries.csv", accept: "text/csv", maxBytes: MAX_FILE_BYTES } as const;
    yield* downloadedBatches(context, request, (file) =>
      csvBatches(fs.createReadStream(file), {
        url: SALARIES_URL,
        label: "salaries.csv",
        shape: { header: true },
        batchSize: ROWS_PER_BATCH,
        reader: (header) => salaryRowReader(header ?? []),
        toData: (rows) => ({ kind: "salary-reports", rows }),
      }),
    );
  },
};
