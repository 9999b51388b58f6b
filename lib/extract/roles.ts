import { ROLES, type Role } from "@/lib/taxonomy";
import { GENERIC_ENGINEERING, namesAnyRoleTerm, ROLE_NOUN, ROLE_TERMS } from "./role-terms";
import { stripTeamWords, type RoleTitles } from "./role-titles";

// Separators between roles in one title ("ML Engineer, Data Engineer", "SRE / Software Engineer").
const ROLE_SEPARATOR = /\s+[/+&]\s+|\/|;|,\s+|\s+or\s+/;

/**
 * The roles a posting hires for, from the title first and the text second. A single-job posting
 * has one role; a multi-role post (HN) has every role its header and role lines name.
 */
export function extractRoles(titles: RoleTitles, multiRole: boolean): Role[] {
  const named = [...titles.header, ...titles.lines];
  if (!multiRole) return [singleRole(titles.phrase ? [titles.phrase, ...named] : named)];
  const roles = new Set(named.flatMap(rolesOfTitle));
  if (roles.size === 0 && titles.phrase) rolesOfTitle(titles.phrase).forEach((role) => roles.add(role));
  return ROLES.filter((role) => roles.has(role));
}

/** The most specific role the first informative title names; a title naming nothing is `other`. */
function singleRole(titles: string[]): Role {
  for (const title of titles) {
    const roles = rolesOfTitle(title);
    const first = ROLE_TERMS.find(([role]) => roles.includes(role))?.[0];
    if (first) return first;
  }
  return "other";
}

/** Every role one title names; plain "Engineer" only counts where nothing more specific is said. */
export function rolesOfTitle(title: string): Role[] {
  const plain = stripTeamWords(title).replace(/\[[^\]]*\]/g, " ").replace(/\s*[()]\s*/g, ", ").replace(/(?:,\s*)+/g, ", ");
  return roleParts(plain.replace(/^[,\s]+|[,\s]+$/g, "")).flatMap((part) => {
    const roles = termRoles(part);
    return roles.length > 0 ? roles : GENERIC_ENGINEERING.test(part) ? ["software_engineer" as const] : [];
  });
}

/** Each role of a title; pieces that name no job ("Senior + Staff Engineers") join the next piece. */
function roleParts(title: string): string[] {
  const parts: string[] = [];
  let pending = "";
  for (const piece of title.split(ROLE_SEPARATOR)) {
    pending = pending ? `${pending}, ${piece}` : piece;
    if (ROLE_NOUN.test(piece)) {
      parts.push(pending);
      pending = "";
    }
  }
  const last = parts.pop();
  if (last !== undefined) parts.push(pending ? `${last}, ${pending}` : last);
  else if (pending) parts.push(pending);
  return parts;
}

// Terms are tried most specific first; a later term inside an earlier one's words does not count
// ("ML Infra" is ML infrastructure, not also an ML engineer).
function termRoles(part: string): Role[] {
  if (!namesAnyRoleTerm(part)) return [];
  const taken: Array<[number, number]> = [];
  const roles = new Set<Role>();
  for (const [role, pattern] of ROLE_TERMS) {
    // exec over the compiled global pattern: matchAll would compile a copy of it for every call.
    const global = globalPattern(pattern);
    global.lastIndex = 0;
    for (let match = global.exec(part); match !== null; match = global.exec(part)) {
      if (match[0] === "") global.lastIndex += 1;
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      roles.add(role);
    }
  }
  return [...roles];
}

const GLOBAL_PATTERNS = new Map<RegExp, RegExp>();

/** The term's pattern with the `g` flag matchAll needs, compiled once. */
function globalPattern(pattern: RegExp): RegExp {
  let global = GLOBAL_PATTERNS.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
    GLOBAL_PATTERNS.set(pattern, global);
  }
  return global;
}
