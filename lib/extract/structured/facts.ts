import type { PostedPay } from "@/lib/money/annual-pay";
import type { RemoteMode } from "@/lib/taxonomy";

/**
 * What a source states in structured fields, read the same way for every source so the extractors
 * stay source-agnostic. Text-only sources (HN) state nothing.
 */
export type StructuredFacts = {
  /** Location names as listed, primary first ("London, UK (hybrid)", "Paris | Remote", "USA"). */
  locations: string[];
  /** The country of the primary location's postal address, as the source writes it. */
  addressCountry: string | null;
  /** The source's remote flag; null when it does not say. */
  remoteFlag: boolean | null;
  /** A workplace type field, when the source has one. */
  workplace: Exclude<RemoteMode, "unspecified"> | null;
  /** Base pay the source files as numbers; OTE, bonus, equity and commission are already left out. */
  pay: PostedPay[];
  /** Pay the source files as free text in its own field ("$18 - $22/hr"). */
  payText: string | null;
  /** The board lists remote jobs only, which counts as a remote statement unless the text says otherwise. */
  remoteOnlyBoard: boolean;
  /** The location fields say where candidates may live (not where offices are), so they are the final word. */
  locationsAreCandidateRule: boolean;
};

export const NO_FACTS: StructuredFacts = {
  locations: [],
  addressCountry: null,
  remoteFlag: null,
  workplace: null,
  pay: [],
  payText: null,
  remoteOnlyBoard: false,
  locationsAreCandidateRule: false,
};
