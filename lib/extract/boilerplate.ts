// Text about the employer rather than the job: its pedigree ("the creators of PyTorch Lightning"),
// what its product does for its users, or an event or body named after a framework.

const PEDIGREE_PHRASE = new RegExp(
  [
    String.raw`\b(?:(?:co-?)?creators?|makers?|authors?|inventors?|original developers?) of\b`,
    String.raw`\b(?:team|company|folks|people|minds|group|lab|startup|engineers|researchers) behind\b`,
    // "Small team out of PyTorch, FAIR, and Meta", "founders from the TensorFlow team", "ex-JAX".
    String.raw`\b(?:team|founders?|founded|alumni|veterans|people|folks)\s+(?:\w+\s+){0,2}(?:out of|from)\b`,
    String.raw`\b(?:ex-|formerly (?:at|of|on)\s)\S*$`,
  ].join("|"),
  "i",
);
// Past-tense origin verbs count only right before the name: "the people who built TensorFlow",
// not "we built our platform on TensorFlow".
const ORIGIN_VERB_BEFORE_NAME =
  /\b(?:we|who|that)\s+(?:\w+\s+)?(?:created|invented|co-?created|open[- ]sourced|pioneered|built|wrote)\s+(?:the\s+)?(?:(?:popular|open[- ]source|original)\s+)*$/i;
// How far before a name a pedigree phrase still claims it: "creators of Foo and PyTorch Lightning".
const PEDIGREE_REACH = 80;

// "Gimlet …, allowing users to deploy workloads from frameworks like PyTorch": the product's users,
// not the hire. A sentence that opens with the verb is a duty ("Help customers adopt PyTorch").
const PRODUCT_BENEFIT =
  /.\b(?:allow|enabl|let|help|empower)\w*\s+(?:\w+\s+){0,2}(?:users|customers|clients|developers|enterprises|teams|companies|organi[sz]ations|businesses|anyone|everyone)\b|\bour (?:customers|users|clients)\b/i;
const ADDRESSES_CANDIDATE = /\byou(?:rs?)?\b/i;
// Under a heading such as "Responsibilities" a sentence is about the job whatever its wording.
const JOB_SECTION =
  /\b(?:responsibilit\w*|duties|requirements?|qualifications?|skills|role|you|your|nice to have|bonus|what (?:we're|we are) looking for)\b/i;

const EVENT_OR_BODY_AFTER_NAME = /^\s*(?:Conference|Conf|Summit|Dev Summit|Developer Summit|Meetups?|Days?|World|Foundation|Ambassadors?)\b/;

/** True when the name at [index, index + length) speaks about the employer, not the job. */
export function isEmployerBoilerplate(sentence: string, index: number, length: number, heading: string | null): boolean {
  if (EVENT_OR_BODY_AFTER_NAME.test(sentence.slice(index + length))) return true;
  const inJobSection = heading !== null && JOB_SECTION.test(heading);
  if (PRODUCT_BENEFIT.test(sentence) && !ADDRESSES_CANDIDATE.test(sentence) && !inJobSection) return true;
  const before = sentence.slice(Math.max(0, index - PEDIGREE_REACH), index);
  const clause = before.split(/[;:!?]\s|\.\s/).at(-1) ?? before;
  return PEDIGREE_PHRASE.test(clause) || ORIGIN_VERB_BEFORE_NAME.test(clause);
}
