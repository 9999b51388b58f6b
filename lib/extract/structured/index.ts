import { ashbyFacts } from "./ashby";
import { NO_FACTS, type StructuredFacts } from "./facts";
import { remotiveFacts } from "./remotive";

export type { StructuredFacts } from "./facts";

const READERS: Record<string, (record: unknown) => StructuredFacts> = {
  ashby: ashbyFacts,
  remotive: remotiveFacts,
};

/** The structured facts of one raw record; sources without such fields state nothing. */
export function structuredFacts(source: string, record: unknown): StructuredFacts {
  return READERS[source]?.(record) ?? NO_FACTS;
}
