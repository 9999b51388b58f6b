import { CITY_COUNTRIES } from "./cities";
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from "./country-names";
import { SUBDIVISION_CODE_COUNTRIES, SUBDIVISION_COUNTRIES } from "./subdivisions";

type PlaceMatch = { index: number; length: number; country: string };

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
// Letters or digits on either side mean the name is part of another word ("Indiana", "Parisian").
const bounded = (body: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, `gu${flags}`);

const INSENSITIVE = new Map([...COUNTRY_NAMES, ...SUBDIVISION_COUNTRIES].map(([name, code]) => [name.toLowerCase(), code]));
const SENSITIVE = new Map([...CITY_COUNTRIES, ...COUNTRY_ABBREVIATIONS]);
const INSENSITIVE_PATTERN = bounded(alternation(INSENSITIVE.keys()), "i");
const SENSITIVE_PATTERN = bounded(alternation(SENSITIVE.keys()), "");
const CODE_AFTER_COMMA = new RegExp(`(?<=,\\s?)(?:${alternation(SUBDIVISION_CODE_COUNTRIES.keys())})(?![\\p{L}\\p{N}])`, "gu");

/** ISO codes of the countries a text names or implies by a city or state, in order of first mention. */
export function findCountries(text: string): string[] {
  return [...new Set(findPlaces(text).map((place) => place.country))];
}

/** Every place named in the text, earliest and longest first, without overlaps ("New Mexico" is not Mexico). */
export function findPlaces(text: string): PlaceMatch[] {
  const candidates = [
    ...matches(text, INSENSITIVE_PATTERN, (name) => INSENSITIVE.get(name.toLowerCase())),
    ...matches(text, SENSITIVE_PATTERN, (name) => SENSITIVE.get(name)),
    ...matches(text, CODE_AFTER_COMMA, (code) => SUBDIVISION_CODE_COUNTRIES.get(code)),
  ].sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: PlaceMatch[] = [];
  for (const candidate of candidates) {
    const last = kept.at(-1);
    if (last && candidate.index < last.index + last.length) continue;
    kept.push(candidate);
  }
  return kept;
}

function matches(text: string, pattern: RegExp, countryOf: (name: string) => string | undefined): PlaceMatch[] {
  return [...text.matchAll(pattern)].flatMap((match) => {
    const country = countryOf(match[0]);
    return country ? [{ index: match.index, length: match[0].length, country }] : [];
  });
}
