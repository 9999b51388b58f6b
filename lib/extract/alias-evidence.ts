import type { FrameworkAlias } from "@/lib/extract/framework-aliases";
import { hasMachineLearningCue } from "@/lib/extract/ml-context";

export type AliasMatch = { sentence: string; index: number; length: number; postingIsMl: boolean };

const SKILL_PHRASE_BEFORE =
  /\b(?:experience (?:with|in|using)|experienced (?:with|in)|familiar(?:ity)? with|knowledge of|proficien(?:t|cy) (?:in|with)|expertise (?:in|with)|skilled in|fluen(?:t|cy) in)\s+$/i;
// A name inside a link, e-mail address or host name ("torchdental.com") is not a statement.
const ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+|\b[\w-]+\.(?:com|ai|org|net|dev|co|engineering)\b\S*/gi;

/** Whether a written name is enough evidence of the framework, given where it stands. */
export function isConvincing(alias: FrameworkAlias, match: AliasMatch): boolean {
  const { sentence, index, length, postingIsMl } = match;
  if (insideAddress(sentence, index)) return false;
  if (alias.falseFriend?.test(sentence)) return false;
  // The ambiguous name must not vouch for itself.
  const sentenceIsMl = hasMachineLearningCue(`${sentence.slice(0, index)} ${sentence.slice(index + length)}`);
  switch (alias.evidence) {
    case "name":
      return true;
    case "ml-posting":
      return postingIsMl;
    case "ml-sentence":
      return sentenceIsMl;
    case "ml-nearby":
      return sentenceIsMl || (postingIsMl && SKILL_PHRASE_BEFORE.test(sentence.slice(0, index)));
  }
}

function insideAddress(sentence: string, index: number): boolean {
  for (const address of sentence.matchAll(ADDRESS)) {
    if (index >= address.index && index < address.index + address[0].length) return true;
  }
  return false;
}
