import type { MentionContext } from "@/lib/taxonomy";

const MOVE_VERB = String.raw`(?:migrat|port|mov|switch|transition|convert|rewrit|re-?platform)\w*`;
const MOVE_IN_SENTENCE = new RegExp(String.raw`\b${MOVE_VERB}|\bmigration\b`, "i");
// The name fills a slot of the move: "from TensorFlow", "migrate our models to PyTorch",
// "from X to PyTorch", or it is the left side of "TensorFlow → PyTorch".
const FROM_SLOT = /\bfrom\s+(?:\S+\s+){0,2}$/i;
const TO_SLOT = new RegExp(String.raw`(?:\b${MOVE_VERB}\s+(?:\S+\s+){0,3}|\bfrom\s+\S+(?:\s+\S+){0,2}\s+)(?:to|into|onto|→|->)\s+(?:\S+\s+)?$`, "i");
const LEFT_OF_MOVE = /^[\s-]*(?:to|→|->)[\s-]*(?:py ?torch|tensor ?flow|jax|keras|tf2?|flax)\b/i;

const PREFERRED = new RegExp(
  [
    String.raw`\b(?:nice[- ]to[- ]haves?|bonus(?:es)?|preferred|preferably|ideally|desir(?:ed|able)|optional|not required)\b`,
    String.raw`\b(?:advantage(?:ous)?|(?:a|big|huge|definite|strong|major) plus|pluses|plus if|would be (?:great|nice|helpful)|extra credit)\b`,
    String.raw`^\s*plus\b|\b(?:wünschenswert|von Vorteil)\b`,
  ].join("|"),
  "i",
);
const STRONGLY_REQUIRED = /\b(?:must|required|requirements?|mandatory|essential|minimum qualifications?|Voraussetzung(?:en)?)\b/i;
const REQUIRED = new RegExp(
  [
    String.raw`\b(?:you have|you(?:'ll| will)? (?:need|bring)|you should|who you are|about you|ideal candidate|what you(?:'ll)? bring)\b`,
    String.raw`\b(?:experience (?:with|in|using|building)|experienced (?:with|in)|proficien(?:t|cy)|expert(?:ise)?|fluen(?:t|cy)|skilled|well[- ]versed)\b`,
    String.raw`\b(?:(?:deep|solid|strong|working) (?:knowledge|understanding|background)|knowledge of|hands-on|familiar(?:ity)? with|comfortable (?:with|writing|using))\b`,
    String.raw`\b(?:qualifications?|Kenntnisse|Erfahrung)\b`,
  ].join("|"),
  "i",
);

/**
 * How a posting names a framework, for the sentence around the name and the heading above it:
 * a move between frameworks, then the clause's own wording, then the heading's.
 */
export function classifyMention(sentence: string, matchIndex: number, matchLength: number, heading: string | null): MentionContext {
  const before = sentence.slice(0, matchIndex);
  const after = sentence.slice(matchIndex + matchLength);
  if (MOVE_IN_SENTENCE.test(sentence) && (FROM_SLOT.test(before) || TO_SLOT.test(before) || LEFT_OF_MOVE.test(after))) {
    return "migration";
  }

  const clause = clauseAround(sentence, matchIndex);
  if (PREFERRED.test(clause)) return "preferred";
  if (STRONGLY_REQUIRED.test(clause)) return "required";
  if (heading !== null && PREFERRED.test(heading)) return "preferred";
  if (REQUIRED.test(sentence) || STRONGLY_REQUIRED.test(sentence)) return "required";
  if (heading !== null && (REQUIRED.test(heading) || STRONGLY_REQUIRED.test(heading))) return "required";
  return "stack";
}

// "PyTorch required; JAX a plus": each half speaks for its own names.
function clauseAround(sentence: string, index: number): string {
  const start = Math.max(sentence.lastIndexOf(";", index), sentence.lastIndexOf("(", index)) + 1;
  const ends = [sentence.indexOf(";", index), sentence.indexOf(")", index)].filter((end) => end >= 0);
  return sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length);
}
