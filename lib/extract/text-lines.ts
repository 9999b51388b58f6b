import { lineHasAtMostWords, textLines } from "./passages";

/** One sentence of a posting with what surrounds it: its section, and whether it is about perks or the employer. */
export type TextSentence = { sentence: string; section: string | null; aboutPerks: boolean; aboutCompany: boolean };

const BULLET = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/;
// Sections and lines that describe what the employer offers, not what the job requires.
const PERKS_SECTION =
  /\b(?:benefits?|perks?|what we offer|we offer|what you can expect from us|what you'll get|what you get|why join|why you'll love|why work|life at|compensation (?:&|and) benefits)\b/i;
const PERK_SENTENCE = /\b(?:lunch(?:es)?|snacks?|dinners?|meals?|stipend|perks?|coworking|co-working|equipment)\b/i;
// Sections about the employer, not the job: its story, mission and culture.
const COMPANY_SECTION =
  /^(?:about (?!(?:the |this )?(?:role|team|job|position|opportunity)|you\b)|who (?:are we|we are|is )|why (?!this role|the role)|our (?:culture|mission|story|approach|company|values)|how we work|what we do|why we exist|company overview|the company)/i;

/** The posting's sentences, each with its section heading and a perks flag. */
export function textSentences(text: string): TextSentence[] {
  const sentences: TextSentence[] = [];
  let section: string | null = null;
  let perksSection = false;
  let aboutCompany = false;
  for (const { rawLine, line, sentences: lineSentences } of textLines(text)) {
    // A heading opens a section, and is still read: "Location: Remote (EU) / Berlin" is both.
    if (isSectionHeading(rawLine, line)) {
      section = line;
      perksSection = PERKS_SECTION.test(section);
      aboutCompany = COMPANY_SECTION.test(section.replace(/^[^\p{L}]+/u, ""));
    }
    for (const sentence of lineSentences) {
      sentences.push({ sentence, section, aboutPerks: perksSection || PERK_SENTENCE.test(sentence), aboutCompany });
    }
  }
  return sentences;
}

/** "BENEFITS", "What we offer:", "Location": a heading line, not a bullet or an emoji perk. */
function isSectionHeading(rawLine: string, line: string): boolean {
  if (BULLET.test(rawLine) || !/^\p{L}/u.test(line)) return false;
  if (line.endsWith(":")) return lineHasAtMostWords(line, 10);
  return lineHasAtMostWords(line, 6) && !/[.!?,;]$/.test(line) && (line === line.toUpperCase() || /^\p{Lu}/u.test(line));
}
