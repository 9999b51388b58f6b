import { z } from "zod";
import { NO_FACTS, type StructuredFacts } from "./facts";

const remotiveFactsSchema = z.looseObject({
  candidate_required_location: z.string().nullish().catch(null),
  salary: z.string().nullish().catch(null),
});

/** Remotive lists remote jobs only; where candidates may live and the pay are free-text fields. */
export function remotiveFacts(record: unknown): StructuredFacts {
  const parsed = remotiveFactsSchema.safeParse(record);
  const job = parsed.success ? parsed.data : {};
  const location = job.candidate_required_location?.trim();
  return {
    ...NO_FACTS,
    locations: location ? [location] : [],
    payText: job.salary?.trim() || null,
    remoteOnlyBoard: true,
    locationsAreCandidateRule: true,
  };
}
