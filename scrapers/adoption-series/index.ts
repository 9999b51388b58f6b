import fs from "node:fs";
import { csvBatches } from "../data-files/csv-batches";
import { downloadedBatches } from "../data-files/downloaded";
import type { Source } from "../types";
import { aiShareFile, postingsIndexFile } from "./indeed-files";
import type { SeriesFile } from "./points";
import { PAPERS_FILE, SO_QUESTIONS_FILE } from "./research-files";

const SOURCE = "adoption-series";
const MAX_FILE_BYTES = 100 * 1024 * 1024;
const POINTS_PER_BATCH = 10_000;

/** The files a run reads: Indeed's postings index for each configured country, then the rest. */
export function seriesFiles(countries: readonly string[]): SeriesFile[] {
  return [aiShareFile("AI_posting.csv"), aiShareFile("GenAI_posting.csv"), ...countries.map(postingsIndexFile), PAPERS_FILE, SO_QUESTIONS_FILE];
}

export const adoptionSeriesSource: Source = {
  name: SOURCE,
  label: "Adoption signals — Indeed Hiring Lab, research papers, Stack Overflow questions",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    for (const file of seriesFiles(context.config.countries ?? [])) {
      const request = { source: SOURCE, url: file.url, label: file.label, accept: "text/csv, text/plain", maxBytes: MAX_FILE_BYTES } as const;
      yield* downloadedBatches(context, request, (path) =>
        csvBatches(fs.createReadStream(path), {
          url: file.url,
          label: file.label,
          shape: file.shape,
          batchSize: POINTS_PER_BATCH,
          reader: file.reader,
          toData: (rows) => ({ kind: "series-points", rows }),
        }),
      );
    }
  },
};
