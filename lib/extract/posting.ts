import type { NormalisedPosting } from "@/lib/normalise/types";
import type { PostingBasics } from "@/scrapers/record-reader";
import { extractCountries } from "./countries";
import { extractFrameworks } from "./frameworks";
import { extractRemote } from "./remote";
import { extractRoles } from "./roles";
import { headerLines, multiRoleTitles, singleJobTitles, type RoleTitles } from "./role-titles";
import { extractSalary } from "./salary";
import { extractSeniority, seniorityOfTitle } from "./seniority";
import { structuredFacts } from "./structured";
import { textSentences } from "./text-lines";
import { extractUseCases } from "./use-cases";

export type PostingFields = Omit<NormalisedPosting, "company" | "title" | "locationText" | "description" | "applyUrl">;

// Sources whose items are free text that may list several roles under one header line.
const FREE_TEXT_SOURCES = new Set(["hn"]);
const LOCATION_LINE = /^\s*(?:[-*•]\s*)?locations?\s*:\s*\S/i;
// An HN post opens with its header whatever the separators ("Acme. Boulder, CO. ONSITE", "SF; Full Time; Onsite"),
// and a long header may wrap onto a second line ("UX Designer, and others | Onsite").
const MAX_HEADER_WORDS = 12;

/** Every TAXONOMY field of one posting, from its raw record (structured fields) and its basics (text). */
export function extractPostingFields(source: string, record: unknown, basics: PostingBasics): PostingFields {
  const facts = structuredFacts(source, record);
  const freeText = FREE_TEXT_SOURCES.has(source);
  const header = freeText ? headerLines(basics.text) : [];
  const titles = freeText ? multiRoleTitles(basics.text, header) : singleJobTitles(basics.title, basics.text);
  const sentences = textSentences(basics.text);
  const fields = [...new Set([...facts.locations, ...(basics.locationText ? [basics.locationText] : []), ...header])];
  // A "Location: Remote" line in the text is a location field too.
  const locationLines = basics.text.split("\n").filter((line) => LOCATION_LINE.test(line));
  const remote = extractRemote({
    fields: [...fields, ...locationLines, ...(freeText ? openingFields(basics.text) : [])],
    sentences,
    remoteFlag: facts.remoteFlag,
    workplace: facts.workplace,
    remoteOnlyBoard: facts.remoteOnlyBoard,
  });
  const countries = extractCountries({
    title: freeText ? "" : basics.title,
    fields,
    structured: !freeText && fields.length > 0,
    fieldsAreFinal: facts.locationsAreCandidateRule,
    addressCountry: facts.addressCountry,
    sentences,
    remote,
  });
  return {
    frameworks: extractFrameworks({ title: basics.title, text: basics.text, postedAt: basics.postedAt }),
    roles: extractRoles(titles, freeText),
    seniority: freeText ? extractSeniority(levelTitles(titles)) : seniorityOfTitle(basics.title),
    remote,
    salary: extractSalary({ structuredPay: facts.pay, payText: facts.payText, text: basics.text, countries }),
    useCases: extractUseCases(freeText ? "" : basics.title, sentences, !freeText),
    countries,
  };
}

/** The opening lines of a free-text post that read as its header, for what they say about remote work. */
function openingFields(text: string): string[] {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean).slice(0, 2);
  return lines.filter((line, index) => (index === 0 ? line.split(/\s+/).length <= MAX_HEADER_WORDS : line.includes("|")));
}

/** The titles whose level words decide: the header's roles, else the listed roles, else a "hiring a …" phrase. */
function levelTitles(titles: RoleTitles): string[] {
  if (titles.header.length > 0) return titles.header;
  if (titles.lines.length > 0) return titles.lines;
  return titles.phrase ? [titles.phrase] : [];
}
