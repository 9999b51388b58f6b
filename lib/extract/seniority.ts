import type { Seniority } from "@/lib/taxonomy";
import { ROLE_NOUN } from "./role-terms";
import { stripTeamWords } from "./role-titles";

type Level = Exclude<Seniority, "unspecified">;

// Level words of a title. Phrases that only look like levels are removed first (see TRAPS).
const LEVEL_WORDS: ReadonlyArray<readonly [Level, RegExp]> = [
  ["intern", /\b(?:intern|internship|co-?op|werkstudent|working student|trainee)s?\b/gi],
  ["junior", /\b(?:junior|jr\.?|entry[- ]level|new grad(?:uate)?s?|graduate|associate)(?![\p{L}])/giu],
  ["mid", /\b(?:mid|mid-level|intermediate|medior)\b/gi],
  ["senior", /\b(?:senior|sr\.?)(?![\p{L}])/giu],
  ["staff_plus", /\b(?:staff|principal|distinguished|lead)\b/gi],
  ["management", /\b(?:manager|head|director|VP|vice president|chief|CTO|CEO|CFO|COO|CPO|CIO|CISO)s?\b/gi],
];
// "Engineer II": a grade counts only where no level word does ("Senior Software Engineer II" is senior).
const GRADES: ReadonlyArray<readonly [Level, RegExp]> = [
  ["senior", /\b(?:level|engineer|developer|scientist|analyst)\s+(?:III|3)\b/i],
  ["mid", /\b(?:level|engineer|developer|scientist|analyst)\s+(?:II|2)\b/i],
  ["junior", /\b(?:level|engineer|developer|scientist|analyst)\s+(?:I|1)\b/i],
];
const TRAPS = /\bprincipal components?(?: analysis)?\b|\blead generation\b|\bmid[- ]market\b|\bchief of staff\b|\bdata entry\b/gi;
const ANY_LEVEL = /\b(?:all|any|multiple|various) levels?\b/i;
// "Senior Staff Engineer", "Senior Principal Scientist": one level above senior, not two levels.
const SENIOR_STAFF = /\b(?:senior|sr\.?)\s+(?:staff|principal|lead)\b/gi;

/** The level of one title: a level word decides; two different levels leave it unspecified. */
export function seniorityOfTitle(title: string): Seniority {
  const cleaned = stripTeamWords(title).replace(TRAPS, " ");
  if (ANY_LEVEL.test(cleaned)) return "unspecified";
  const levels = new Set<Level>();
  for (const [level, pattern] of LEVEL_WORDS) if (cleaned.replace(SENIOR_STAFF, "staff").match(pattern)) levels.add(level);
  if (levels.has("intern")) return "intern";
  if (levels.has("management")) {
    // "Lead Product Manager" leads without managing; "Senior Manager" is still a manager.
    return /\blead\b/i.test(cleaned) ? "staff_plus" : "management";
  }
  const [only, ...others] = levels;
  if (only === undefined) return GRADES.find(([, pattern]) => pattern.test(cleaned))?.[0] ?? "unspecified";
  return others.length === 0 ? only : "unspecified";
}

/**
 * Several titles (an HN post listing roles, or "Mobile Engineers, Engineering Managers") share a
 * level only when every one states the same.
 */
export function extractSeniority(titles: string[]): Seniority {
  const levels = new Set(titles.flatMap(titleRoles).map(seniorityOfTitle));
  const [only, ...others] = levels;
  return only && others.length === 0 ? only : "unspecified";
}

// A discipline ("Agentic Engineering", "Platform Engineering") qualifies a title; it is no role of its own.
const isDiscipline = (piece: string) => !ROLE_NOUN.test(piece.replace(/\bengineering\b/gi, " "));

// Roles listed in one title, or offered as alternatives ("Head of Design or Senior Product Designer");
// a piece without a job word ("Senior + Staff Engineers") belongs to the next.
function titleRoles(title: string): string[] {
  const roles: string[] = [];
  let pending = "";
  for (const piece of title.split(/\s*[,;+&]\s*|\s+(?:and|or)\s+/)) {
    pending = pending ? `${pending} + ${piece}` : piece;
    if (ROLE_NOUN.test(piece) && !isDiscipline(piece)) {
      roles.push(pending);
      pending = "";
    }
  }
  const last = roles.pop();
  if (last !== undefined) roles.push(pending ? `${last} + ${pending}` : last);
  else if (pending) roles.push(pending);
  return roles;
}
