// Survey responses scaled up from the real ones, emitted directly as rows (the shape the survey
// scraper hands to ingest): each a real response drawn uniformly under a new response id, so the
// mix of years, roles, seniority, regions, pay and frameworks is the real one. Deterministic.
import type { SurveyResponseInput } from "@/db/ingest/survey-responses";
import { seededRandom } from "../survey-shape";

export function* generateSurveyRows(seeds: readonly SurveyResponseInput[], total: number, batchSize = 5_000, seed = 2): Generator<SurveyResponseInput[]> {
  if (seeds.length === 0) return;
  const random = seededRandom(seed);
  let batch: SurveyResponseInput[] = [];
  for (let n = 1; n <= total; n++) {
    const base = seeds[Math.floor(random() * seeds.length)]!;
    batch.push({ ...base, sourceId: `${base.sourceId}~g${n}` });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
