import { CITY_COUNTRIES } from "./cities";
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from "./country-names";
import { SUBDIVISION_CODE_COUNTRIES, SUBDIVISION_COUNTRIES } from "./subdivisions";

type PlaceMatch = { index: number; length: number; country: string };

/**
 * Place names by their first word, longest name first. A name can only start where a word starts
 * (letters or digits on either side mean it is part of another word: "Indiana", "Parisian"), and its
 * first word must then be that whole word, so each word of a text is looked up once instead of
 * running one alternation of every name over the text.
 */
type Lexicon = {
  namesByFirstWord: Map<string, string[]>;
  /** The first character of every name (case-folded for a lexicon that folds case): most words start with none of them. */
  firstCharacters: Set<string>;
  countryOf: (name: string) => string | undefined;
  foldsCase: boolean;
};

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const SPACE = /\s/;

// Case-insensitive matching as the `iu` regex flags define it: "ſ" (long s) is an "s".
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

function lexicon(names: Iterable<string>, countryOf: (name: string) => string | undefined, foldsCase: boolean): Lexicon {
  const namesByFirstWord = new Map<string, string[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const firstWord = /^[\p{L}\p{N}]+/u.exec(name)?.[0];
    if (firstWord === undefined) throw new Error(`A place name must start with a letter or digit: ${name}`);
    namesByFirstWord.set(firstWord, [...(namesByFirstWord.get(firstWord) ?? []), name]);
  }
  const firstCharacters = new Set([...namesByFirstWord.keys()].map((word) => word[0] ?? ""));
  return { namesByFirstWord, firstCharacters, countryOf, foldsCase };
}

const INSENSITIVE = new Map([...COUNTRY_NAMES, ...SUBDIVISION_COUNTRIES].map(([name, code]) => [name.toLowerCase(), code]));
const SENSITIVE = new Map([...CITY_COUNTRIES, ...COUNTRY_ABBREVIATIONS]);
const NAMES = lexicon(INSENSITIVE.keys(), (name) => INSENSITIVE.get(name.toLowerCase()), true);
const CASED_NAMES = lexicon(SENSITIVE.keys(), (name) => SENSITIVE.get(name), false);
// State and province codes count only right after a comma ("Austin, TX", "Vancouver, BC"), where they cannot be words.
const CODES = lexicon(SUBDIVISION_CODE_COUNTRIES.keys(), (code) => SUBDIVISION_CODE_COUNTRIES.get(code), false);

/** ISO codes of the countries a text names or implies by a city or state, in order of first mention. */
export function findCountries(text: string): string[] {
  return [...new Set(findPlaces(text).map((place) => place.country))];
}

/** Every place named in the text, earliest and longest first, without overlaps ("New Mexico" is not Mexico). */
export function findPlaces(text: string): PlaceMatch[] {
  const named = new LexiconScan(NAMES);
  const cased = new LexiconScan(CASED_NAMES);
  const codes = new LexiconScan(CODES);
  WORD.lastIndex = 0;
  for (let word = WORD.exec(text); word !== null; word = WORD.exec(text)) {
    const written = word[0];
    if (named.readsFrom(word.index) && mayStartName(NAMES, written)) named.readAt(text, word.index, foldCase(written));
    if (mayStartName(CASED_NAMES, written)) cased.readAt(text, word.index, written);
    if (mayStartName(CODES, written) && followsComma(text, word.index)) codes.readAt(text, word.index, written);
  }
  const candidates = [...named.found, ...cased.found, ...codes.found].sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: PlaceMatch[] = [];
  for (const candidate of candidates) {
    const last = kept.at(-1);
    if (last && candidate.index < last.index + last.length) continue;
    kept.push(candidate);
  }
  return kept;
}

/**
 * False when no name of the lexicon can start with the word, decided from its first character without
 * folding the word: an ASCII letter folds on its own; any other character might fold to a name's (K, the Kelvin sign, is k).
 */
function mayStartName(lexicon: Lexicon, word: string): boolean {
  const first = word[0] ?? "";
  if (first.charCodeAt(0) >= 128) return true;
  return lexicon.firstCharacters.has(lexicon.foldsCase ? first.toLowerCase() : first);
}

/** One lexicon read left to right: a name found ends the search until its last character, even when it names no country. */
class LexiconScan {
  readonly found: PlaceMatch[] = [];
  private searchFrom = 0;

  constructor(private readonly lexicon: Lexicon) {}

  /** False while a name found earlier still covers `index`: no word there needs reading (nor folding). */
  readsFrom(index: number): boolean {
    return index >= this.searchFrom;
  }

  /** `word`: the word that starts at `index`, case-folded for a lexicon that folds case. */
  readAt(text: string, index: number, word: string): void {
    if (index < this.searchFrom) return;
    const { namesByFirstWord, countryOf, foldsCase } = this.lexicon;
    const names = namesByFirstWord.get(word);
    if (names === undefined) return;
    for (const name of names) {
      const written = text.slice(index, index + name.length);
      if ((foldsCase ? foldCase(written) : written) !== name || letterOrDigitAt(text, index + name.length)) continue;
      this.searchFrom = index + name.length;
      const country = countryOf(written);
      if (country) this.found.push({ index, length: name.length, country });
      return;
    }
  }
}

function letterOrDigitAt(text: string, index: number): boolean {
  LETTER_OR_DIGIT.lastIndex = index;
  return LETTER_OR_DIGIT.test(text);
}

function followsComma(text: string, index: number): boolean {
  // The cheap comparison first: most words follow no comma at all.
  return text[index - 1] === "," || (text[index - 2] === "," && SPACE.test(text[index - 1] ?? ""));
}
