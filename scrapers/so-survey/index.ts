import { ParseError } from "@/lib/parse-error";
import { openZipArchive } from "@/lib/zip/zip-archive";
import { csvBatches } from "../data-files/csv-batches";
import { downloadedBatches } from "../data-files/downloaded";
import type { Batch, ScrapeContext, Source } from "../types";
import { missingColumns, missingQuestions, type SurveyColumns } from "./columns";
import { mapResponse, SO_SURVEY_SOURCE } from "./map-response";
import { readSchemaQuestions } from "./schema-questions";
import { columnsForYear } from "./years";

const RESPONSES_FILE = "survey_results_public.csv";
const SCHEMA_FILE = "survey_results_schema.csv";
// The real archives are ~70 MB (a ~150 MB CSV inside); the cap leaves room for growth.
const MAX_ARCHIVE_BYTES = 400 * 1024 * 1024;
const RESPONSES_PER_BATCH = 1000;

export function surveyDatasetUrl(year: number): string {
  return `https://survey.stackoverflow.co/datasets/stack-overflow-developer-survey-${year}.zip`;
}

export const soSurveySource: Source = {
  name: SO_SURVEY_SOURCE,
  label: "Stack Overflow Developer Survey — yearly dataset",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    for (const year of context.config.years ?? []) yield* yearBatches(context, year);
  },
};

async function* yearBatches(context: ScrapeContext, year: number): AsyncGenerator<Batch> {
  const url = surveyDatasetUrl(year);
  const label = `${year} survey`;
  const mapping = columnsForYear(year);
  if (!mapping) {
    const message = `no column mapping for ${year}: add scrapers/so-survey/columns-${year}.ts and list it in years.ts`;
    yield { label, items: [], skipped: {}, validators: [], failure: { url, kind: "config", status: null, message } };
    return;
  }
  const request = { source: SO_SURVEY_SOURCE, url, label, accept: "application/zip", maxBytes: MAX_ARCHIVE_BYTES } as const;
  yield* downloadedBatches(context, request, (file) => archiveBatches(file, url, label, mapping));
}

// The archive is read from disk: the directory first, then the responses streamed one record at a time.
async function* archiveBatches(file: string, url: string, label: string, mapping: SurveyColumns): AsyncGenerator<Batch> {
  const zip = await openZipArchive(file);
  try {
    if (!zip.names.includes(RESPONSES_FILE)) {
      // A year published (or recorded) with its schema only: nothing to read yet, which is no failure.
      const noResponses = `${label}: no ${RESPONSES_FILE} in the archive`;
      yield { label: noResponses, items: [], skipped: { "no responses file": 1 }, validators: [], data: { kind: "survey-responses", rows: [] } };
      return;
    }
    if (!zip.names.includes(SCHEMA_FILE)) throw new ParseError(url, `${mapping.year}: no ${SCHEMA_FILE} in the archive to check the mapped columns against`);
    const missing = missingQuestions(mapping, await readSchemaQuestions(await zip.open(SCHEMA_FILE)));
    if (missing.length) {
      throw new ParseError(url, `${mapping.year}: the schema file has no question ${missing.join(", ")}, which columns-${mapping.year}.ts reads; map this year's columns explicitly`);
    }
    yield* csvBatches(await zip.open(RESPONSES_FILE), {
      url,
      label,
      shape: { header: true },
      batchSize: RESPONSES_PER_BATCH,
      reader: (header) => {
        const absent = missingColumns(mapping, header ?? []);
        if (absent.length) throw new ParseError(url, `${mapping.year}: ${RESPONSES_FILE} has no column ${absent.join(", ")}, which columns-${mapping.year}.ts reads`);
        const at = new Map((header ?? []).map((name, index) => [name, index]));
        return (fields) => mapResponse(mapping, (column) => fields[at.get(mapping.columns[column]) ?? -1] ?? "");
      },
      toData: (rows) => ({ kind: "survey-responses", rows }),
    });
  } finally {
    zip.close();
  }
}
