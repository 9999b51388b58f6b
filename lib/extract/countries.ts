import type { RemoteMode } from "@/lib/taxonomy";
import { isWhitespace } from "@/lib/text/whitespace";
import { findCountries } from "./places/find-countries";
import type { TextSentence } from "./text-lines";

export type CountriesInput = {
  title: string;
  /** Location fields, primary first (for a free-text post: its header lines). */
  fields: string[];
  /** True when the source has location fields of its own; otherwise the text's place sentences count too. */
  structured: boolean;
  /** The fields say where candidates may live, so no sentence overrides them. */
  fieldsAreFinal: boolean;
  /** The postal address country of the primary location. */
  addressCountry: string | null;
  sentences: TextSentence[];
  remote: RemoteMode;
};

// A listed location that is where candidates relocate from, not where the job is ("Boston l Relocation").
const RELOCATION_SOURCE = /\breloca/i;
// A sentence about where candidates may work, as opposed to where customers or offices are.
const ABOUT_CANDIDATES = /\b(?:remote(?:ly)?|located|locations?|based|candidates?|applicants?|applications?|hire|hiring|work(?:ing)? from|executed|live)\b/i;
// Open to anyone anywhere: nothing limits the country.
const WORLDWIDE =
  /\b(?:anywhere in the world|from anywhere(?! in\b)|no restrictions on where|executed globally|(?:work|hire|hiring) globally|worldwide|any country|location[- ]independent)\b/i;
// Limited only by region or working hours; the places such a sentence names are the only countries.
const REGION_LIMITED =
  /\b(?:anywhere|locations?|candidates|applicants|located|live)\b[^.]{0,60}?(?:time ?zones?|\bUTC|\bGMT|\b(?:these|working|business|core|overlapping) hours\b|\bEU\b|Europe|EMEA|Americas|LATAM|APAC)|\b(?:time ?zones?|EMEA)\b[^.]{0,40}?\b(?:anywhere|candidates|applicants|located)\b/i;
// Sentences about where this job is done (not where the company sells or was founded).
const JOB_PLACE =
  /\b(?:based (?:in|out of)|relocat\w* to|on-?site in|in-office in|in-person in|(?:work|working)\s+(?:\w+\s+)?(?:from|in|out of)|located in|hybrid in|remote (?:in|from|within)|office in|must (?:live|be) (?:in|within)|candidates in|executed in|anywhere in)\b/i;
const SHORT_SENTENCE_WORDS = 8;

/** Countries where the job can be done; a remote job open worldwide, or limited only by region, has none. */
export function extractCountries(input: CountriesInput): string[] {
  const titleCountries = findCountries(input.title);
  if (input.remote === "remote" && !input.fieldsAreFinal) {
    const statements = input.sentences.filter(
      ({ sentence, aboutPerks, aboutCompany }) =>
        !aboutPerks && !aboutCompany && ABOUT_CANDIDATES.test(sentence) && (WORLDWIDE.test(sentence) || REGION_LIMITED.test(sentence)),
    );
    if (statements.some(({ sentence }) => WORLDWIDE.test(sentence))) return sorted(titleCountries);
    if (statements.length > 0) return sorted([...titleCountries, ...statements.flatMap(({ sentence }) => findCountries(sentence))]);
  }
  const listed = [...placesOfFields(input.fields, input.addressCountry), ...titleCountries];
  if (input.structured) return sorted(listed);
  const placeSentences = input.sentences.filter(({ sentence, aboutPerks }) => !aboutPerks && isAboutJobPlace(sentence));
  return sorted([...listed, ...placeSentences.flatMap(({ sentence }) => findCountries(sentence))]);
}

function placesOfFields(fields: string[], addressCountry: string | null): string[] {
  const [primary] = fields;
  const primaryIsSource = primary !== undefined && RELOCATION_SOURCE.test(primary);
  const listed = fields.filter((field) => !RELOCATION_SOURCE.test(field)).flatMap(findCountries);
  return addressCountry && !primaryIsSource ? [...listed, ...findCountries(addressCountry)] : listed;
}

function isAboutJobPlace(sentence: string): boolean {
  return hasAtMostWords(sentence, SHORT_SENTENCE_WORDS) || JOB_PLACE.test(sentence);
}

/** `text.split(/\s+/).length <= max` (one more word than there are runs of whitespace), counted without building the words. */
function hasAtMostWords(text: string, max: number): boolean {
  let words = 1;
  let inSpace = false;
  for (let at = 0; at < text.length; at += 1) {
    const space = isWhitespace(text.charCodeAt(at));
    if (space && !inSpace && ++words > max) return false;
    inSpace = space;
  }
  return true;
}

function sorted(codes: string[]): string[] {
  return [...new Set(codes)].sort();
}
