import type { Validators } from "@/lib/http/client";
import type { Db } from "../client";
import { writeSalaryReports, type SalaryReportInput } from "./salary-reports";
import { writeSeriesPoints, type SeriesPointInput } from "./series-points";
import { writeSurveyResponses, type SurveyResponseInput } from "./survey-responses";
import type { WriteCounts } from "./tx";
import { saveValidators } from "./validators";

/** Rows that are not postings (survey answers, salary reports, time series): written as they are. */
export type DataRows =
  | { kind: "survey-responses"; rows: SurveyResponseInput[] }
  | { kind: "salary-reports"; rows: SalaryReportInput[] }
  | { kind: "series-points"; rows: SeriesPointInput[] };

export type DataBatch = {
  data: DataRows;
  /** Saved with the rows: a source passes them with the last batch of a file, once it is all read. */
  validators: Array<{ url: string; validators: Validators }>;
  fetchedAt: string;
};

/** One short synchronous transaction per batch, diff before write, validators in the same transaction. */
export function ingestDataBatch(db: Db, batch: DataBatch): WriteCounts {
  return db.transaction((tx) => {
    const { data, fetchedAt } = batch;
    const counts =
      data.kind === "survey-responses"
        ? writeSurveyResponses(tx, data.rows, fetchedAt)
        : data.kind === "salary-reports"
          ? writeSalaryReports(tx, data.rows, fetchedAt)
          : writeSeriesPoints(tx, data.rows, fetchedAt);
    saveValidators(tx, batch.validators, fetchedAt);
    return counts;
  });
}
