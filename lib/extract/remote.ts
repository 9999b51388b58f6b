import type { RemoteMode } from "@/lib/taxonomy";
import {
  HYBRID_FIELD,
  HYBRID_STATEMENT,
  ONSITE_FIELD,
  ONSITE_STATEMENT,
  PRESENCE_REQUIRED,
  REMOTE_DENIED,
  REMOTE_FIELD,
  REMOTE_OFFER,
  type Statement,
} from "./remote-statements";
import type { TextSentence } from "./text-lines";

export type RemoteInput = {
  /** Location fields and header segments ("London, UK (hybrid)", "REMOTE (US)"). */
  fields: string[];
  sentences: TextSentence[];
  remoteFlag: boolean | null;
  workplace: Exclude<RemoteMode, "unspecified"> | null;
  remoteOnlyBoard: boolean;
};

/**
 * Remote if fully remote work is offered (even beside an office); else the job's own words about
 * office presence (hybrid before on-site); else the structured flag, which employers set loosely.
 */
export function extractRemote(input: RemoteInput): RemoteMode {
  const jobSentences = input.sentences.filter((sentence) => !sentence.aboutPerks);
  const offers = (pattern: Statement, sentences: TextSentence[]) =>
    sentences.some(({ sentence }) => pattern.test(sentence) && !REMOTE_DENIED.test(sentence));
  const fieldSays = (pattern: Statement) => input.fields.some((field) => pattern.test(field) && !REMOTE_DENIED.test(field));

  // "Flexible work (remote or San Francisco office)" offers remote work even in a perks list.
  if (fieldSays(REMOTE_FIELD) || offers(REMOTE_OFFER, input.sentences)) return "remote";
  if (input.workplace === "remote") return "remote";
  if (fieldSays(HYBRID_FIELD) || offers(HYBRID_STATEMENT, jobSentences)) return "hybrid";
  if (input.workplace === "hybrid") return "hybrid";
  const deniesRemote = [...input.fields, ...jobSentences.map(({ sentence }) => sentence)].some((text) => REMOTE_DENIED.test(text));
  if (fieldSays(ONSITE_FIELD) || offers(ONSITE_STATEMENT, jobSentences) || deniesRemote) return "onsite";
  if (input.workplace === "onsite") return "onsite";
  if (input.sentences.some(({ sentence }) => PRESENCE_REQUIRED.test(sentence))) {
    // A required move rules the flag out; a hybrid model named among the perks is then what is left.
    return offers(HYBRID_STATEMENT, input.sentences) ? "hybrid" : "onsite";
  }
  if (input.remoteFlag !== null) return input.remoteFlag ? "remote" : "onsite";
  return input.remoteOnlyBoard ? "remote" : "unspecified";
}
