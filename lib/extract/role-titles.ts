import { isWhitespace } from "@/lib/text/whitespace";
import { namesAnyRoleTerm, ROLE_NOUN } from "./role-terms";

/** How a posting names its roles: the header or title, listed role lines, or a "hiring a …" phrase. */
export type RoleTitles = { header: string[]; lines: string[]; phrase: string | null };

const SEGMENT_BREAK = /\s+[|•·]\s+|\s*\|\s*|\s+-\s+|\s+—\s+/;
const STRONG_BREAK = /\s+[|•·]\s+|\s*\|\s*|\s+—\s+/;
// Header segments about the terms of work, not the role ("REMOTE (Legal to work in the US)").
const TERMS_SEGMENT = /\b(?:remote|on-?site|hybrid|full[- ]time|part[- ]time|contract|visa|relocation|equity)\b/i;
const BULLET = /^\s*(?:[-*•·–—]|\d{1,2}\s?[.)]\s*|\d{1,2}\.(?=[A-Z]))\s*/;
const MAX_TITLE_WORDS = 10;
const ROLE_GROUP = /\(\d+ (?:roles?|positions?|openings?)\)/i;
// A full stop then a space ends a sentence, except after a title abbreviation ("Sr. Data Engineer").
const SENTENCE_BREAK = /(?<!\b(?:Sr|Jr|Snr|Jnr))\.\s/i;
// "Senior Data Analyst at P2P.org | Remote": a header that opens with the role, not the company.
const ROLE_AT_COMPANY = /^(.{3,80}?)\s+(?:at|@)\s+\S/i;
// A segment of employment terms only ("Full-time Contractor") names no role.
const TERMS_ONLY = /^(?:(?:full|part)[- ]?time|freelance|contract(?:or)?s?|permanent|temporary|[\s,/&+]|and|or)+$/i;

const HIRING_PHRASE =
  /\b(?:hiring|seeking|looking for|searching for)\s+(?:(?:an?|our|two|three|several|multiple|\d+)\s+)?(.{3,90}?)(?=\s+(?:to|who|that|with|at|for|in|on|based|and help)\b|[.,:;!(]|$)|\bas (?:an?|our)\s+(.{3,60}?)(?=\s+(?:at|in|on|for|with|based|you)\b|[.,:;!(]|$)/gi;

/** A single-job posting: its title. */
export function singleJobTitles(title: string, text: string): RoleTitles {
  return { header: [title], lines: [], phrase: ROLE_NOUN.test(stripTeamWords(title)) ? null : hiringPhrase(text) };
}

/**
 * A free-text post that may list several roles (HN): the role segments of its header lines
 * ("Acme | Senior ML Engineer, Data Engineer | Berlin"), then role lines ("2. Senior Back-end Engineer").
 */
export function multiRoleTitles(text: string, headers: readonly string[] = headerLines(text)): RoleTitles {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const header = headers.flatMap((line, index) => roleSegments(line, index === 0 && line === lines[0]));
  const listed = lines.filter((line) => !headers.includes(line)).flatMap((line) => roleLineHead(line) ?? []);
  return { header, lines: listed, phrase: header.length + listed.length === 0 ? hiringPhrase(text) : null };
}

/** The pipe-separated header lines a free-text post opens with ("Acme | ML Engineer | Berlin | ONSITE"). */
export function headerLines(text: string): string[] {
  return headerLinesOf(text.split("\n").map((line) => line.trim()).filter(Boolean));
}

function headerLinesOf(lines: string[]): string[] {
  return lines.slice(0, 3).filter((line, index) => isHeaderLine(line, index));
}

function isHeaderLine(line: string, index: number): boolean {
  if (index === 0) return hasSegmentBreak(line) || (wordCount(line) <= MAX_TITLE_WORDS && namesRole(line));
  return line.split("|").length >= 3;
}

// Every segment break holds one of these: a line without any (most first lines of prose) is not scanned for breaks.
const SEGMENT_MARK = /[|•·—-]/;

/** `line.split(SEGMENT_BREAK).length >= 2`: the first line splits into segments. */
function hasSegmentBreak(line: string): boolean {
  return SEGMENT_MARK.test(line) && SEGMENT_BREAK.test(line);
}

function roleSegments(line: string, skipCompany: boolean): string[] {
  const segments = line.split(STRONG_BREAK).flatMap(splitQualifiers);
  const candidates = skipCompany && segments.length >= 2 ? [...roleBeforeCompany(segments[0] ?? ""), ...segments.slice(1)] : segments;
  return candidates.filter(
    (segment) =>
      wordCount(segment) <= MAX_TITLE_WORDS + 4 &&
      !SENTENCE_BREAK.test(segment) &&
      !TERMS_ONLY.test(segment) &&
      namesRole(segment) &&
      (ROLE_NOUN.test(segment) || !TERMS_SEGMENT.test(segment)),
  );
}

function roleBeforeCompany(segment: string): string[] {
  const role = ROLE_AT_COMPANY.exec(segment)?.[1];
  return role !== undefined && ROLE_NOUN.test(role) ? [role] : [];
}

/** "Senior Engineer - Database Infrastructure" is one title; "Acme - ML Engineer - Remote" is three segments. */
function splitQualifiers(segment: string): string[] {
  const pieces: string[] = [];
  for (const piece of segment.split(/\s+-\s+/).map((text) => text.trim())) {
    const previous = pieces.at(-1);
    if (previous !== undefined && ROLE_NOUN.test(previous) && !ROLE_NOUN.test(piece) && namesRole(piece)) pieces[pieces.length - 1] = `${previous} - ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

/** "Product Engineer: (React) who would …", "*Principal ML Engineer* — Owns …", "Staff SWE, AI": the title part. */
function roleLineHead(line: string): string | null {
  const bare = line.replace(BULLET, "").replace(/\*/g, "").trim();
  // Most lines are prose that names no job: without a job word or a bracket ("(2 roles)"), no head of them can name one.
  if (!bare.includes("(") && !ROLE_NOUN.test(bare)) return null;
  if (/^(?:we|you|our|i|i'm|if|this|the|it|they|he|she|apply|email|why|what|how|who|where|when)\b/i.test(bare)) return null;
  const beforeBreak = bare.split(/:(?:\s|$)|\s[—–|]\s/)[0] ?? "";
  const hasBreak = beforeBreak.length < bare.length;
  // A long aside in brackets describes the work, not the title: "Product Manager (platform with …)".
  const head = beforeBreak.replace(/\s*\([^)]*\)?/g, (aside) => (wordCount(aside) > 4 ? "" : aside)).trim();
  if ((hasBreak && wordCount(head) > 8) || (!hasBreak && wordCount(head) > 12) || /[.!?]$/.test(head)) return null;
  // "Agentic AI (2 roles):" heads a group of roles even without a job word.
  if (ROLE_GROUP.test(head)) return namesRole(head) ? head : null;
  return ROLE_NOUN.test(head) && namesRole(head) ? head : null;
}

function hiringPhrase(text: string): string | null {
  for (const match of text.matchAll(HIRING_PHRASE)) {
    const phrase = (match[1] ?? match[2] ?? "").trim();
    if (ROLE_NOUN.test(stripTeamWords(phrase))) return phrase;
  }
  return null;
}

/** "Member of Technical Staff" is a rank that names no job (and is no staff level). */
export function stripTeamWords(title: string): string {
  return title.replace(/\bmember of (?:the\s+)?technical staff\b/gi, " ");
}

function namesRole(text: string): boolean {
  const stripped = stripTeamWords(text);
  return ROLE_NOUN.test(stripped) || namesAnyRoleTerm(stripped);
}

/** `text.split(/\s+/).filter(Boolean).length`, counted without building the words: each line and segment is counted. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at += 1) {
    const space = isWhitespace(text.charCodeAt(at));
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

