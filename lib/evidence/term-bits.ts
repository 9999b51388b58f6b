import { toFtsQuery } from "@/lib/search/fts-query";
import { unicode61Canonical, unicode61Tokens } from "@/lib/search/unicode61";
import { EDGE_RUNTIME_TERMS, EDGE_TERMS, ENTERPRISE_TERMS, PRODUCTION_TERMS } from "./proxies";

// Which fixed proxy term groups a posting's text matches, decided in TypeScript at ingest instead
// of by FTS5 on every render, and exactly as FTS5 decides it: each term is read by toFtsQuery (its
// whitespace-separated words are phrases, all required), a group matches when any term does, and
// a phrase is consecutive tokens of one column as SQLite's unicode61 tokenizer makes them.

/**
 * The fixed term groups of /claims and /recommendations and their bits. Bits are stored with the
 * postings: give a new group the next bit, never reuse or reorder one.
 */
export const TERM_GROUPS = {
  production: { bit: 1 << 0, terms: PRODUCTION_TERMS },
  enterprise: { bit: 1 << 1, terms: ENTERPRISE_TERMS },
  edge: { bit: 1 << 2, terms: EDGE_TERMS },
  edgeRuntimeTensorflow: { bit: 1 << 3, terms: EDGE_RUNTIME_TERMS.tensorflow },
  edgeRuntimePytorch: { bit: 1 << 4, terms: EDGE_RUNTIME_TERMS.pytorch },
} as const satisfies Record<string, { bit: number; terms: readonly string[] }>;
export type TermGroup = keyof typeof TERM_GROUPS;

/** A posting's searchable columns, as stored in `postings` (and indexed by `postings_fts`). */
export type PostingText = { title: string; company: string | null; description: string };
export type TermBitsMatcher = (posting: PostingText) => number;

const TOKEN_CHAR = "[A-Za-z0-9\\u0080-\\uffff]";
const UNDERSCORE = 95;
const GAP = "[^A-Za-z0-9\\u0080-\\uffff]+";

/** The phrases of a term as FTS5 reads `toFtsQuery(term)`: its quoted strings' tokens. Empty phrases are left out, as FTS5 leaves them out of an AND. */
function termPhrases(term: string): string[][] {
  const query = toFtsQuery(term);
  if (query === null) return [];
  return [...query.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => unicode61Tokens(m[1]!.replaceAll('""', '"'))).filter((tokens) => tokens.length > 0);
}

/** A folded token as a pattern over canonical text, where ASCII letters keep their case: left to the `i` flag when every token is ASCII (it never equates ASCII with anything else), else spelled out. */
function tokenPattern(token: string, caseFlag: boolean): string {
  return [...token].map((char) => (!caseFlag && /[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"))).join("");
}

/** Where a token may start: `\b` is the fastest scan, `_` is the separator it misses; a token starting outside ASCII needs the lookbehind. */
function startPattern(tokens: readonly string[], caseFlag: boolean): string {
  const ascii = tokens.filter((token) => token.charCodeAt(0) < 0x80);
  const other = tokens.filter((token) => token.charCodeAt(0) >= 0x80);
  const alternatives = (list: readonly string[]) => list.map((token) => tokenPattern(token, caseFlag)).join("|");
  return [ascii.length > 0 && `(?:\\b|_)(?:${alternatives(ascii)})`, other.length > 0 && `(?<!${TOKEN_CHAR})(?:${alternatives(other)})`].filter(Boolean).join("|");
}

/** Whether a code unit of canonical text belongs to a token (see unicode61Canonical). */
function isTokenCodeUnit(code: number): boolean {
  return code >= 0x80 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const asciiLower = (text: string) => text.replace(/[A-Z]/g, (upper) => upper.toLowerCase());

/** A matcher giving, for a posting, the bits of the groups (bit, terms) whose FTS query would match it. */
export function termBitsMatcher(groups: readonly { bit: number; terms: readonly string[] }[]): TermBitsMatcher {
  const phraseIds = new Map<string, number>();
  const phrases: string[][] = [];
  const compiled = groups.map(({ bit, terms }) => ({
    bit,
    terms: terms.map((term) =>
      termPhrases(term).map((tokens) => {
        const key = tokens.join(" ");
        if (!phraseIds.has(key)) phraseIds.set(key, phrases.push(tokens) - 1);
        return phraseIds.get(key)!;
      }),
    ),
  }));
  const firstTokens = [...new Set(phrases.map((tokens) => tokens[0]!))];
  if (firstTokens.length === 0) return () => 0;
  const caseFlag = phrases.flat().every((token) => /^[\0-\x7f]*$/.test(token));
  const flags = caseFlag ? "i" : "";
  const tokenIds = new Map(firstTokens.map((token, id) => [token, id]));
  // Per first token: single-token phrases it completes, and longer phrases with a sticky rest.
  const completes = firstTokens.map((token) => phrases.flatMap((tokens, id) => (tokens.length === 1 && tokens[0] === token ? [id] : [])));
  const continues = firstTokens.map((token) =>
    phrases.flatMap((tokens, id) =>
      tokens.length > 1 && tokens[0] === token ? [{ id, rest: new RegExp(`${tokens.slice(1).map((t) => GAP + tokenPattern(t, caseFlag)).join("")}(?!${TOKEN_CHAR})`, `y${flags}`) }] : [],
    ),
  );
  const anyFirst = new RegExp(`(?:${startPattern(firstTokens, caseFlag)})(?!${TOKEN_CHAR})`, `g${flags}`);

  function scan(column: string, found: Uint8Array): void {
    const text = unicode61Canonical(column);
    anyFirst.lastIndex = 0;
    for (let m = anyFirst.exec(text); m !== null; m = anyFirst.exec(text)) {
      const underscore = text.charCodeAt(m.index) === UNDERSCORE;
      if (!underscore && m.index > 0 && isTokenCodeUnit(text.charCodeAt(m.index - 1))) continue;
      const id = tokenIds.get(asciiLower(underscore ? m[0].slice(1) : m[0]))!;
      for (const phrase of completes[id]!) found[phrase] = 1;
      for (const { id: phrase, rest } of continues[id]!) {
        rest.lastIndex = anyFirst.lastIndex;
        if (rest.test(text)) found[phrase] = 1;
      }
    }
  }

  return ({ title, company, description }) => {
    const found = new Uint8Array(phrases.length);
    scan(title, found);
    if (company !== null) scan(company, found);
    scan(description, found);
    let bits = 0;
    for (const { bit, terms } of compiled) if (terms.some((term) => term.length > 0 && term.every((phrase) => found[phrase] === 1))) bits |= bit;
    return bits;
  };
}

/** The bits of TERM_GROUPS whose FTS5 query (as /claims and /recommendations run it) matches this posting's title, company and description. */
export const termBits: TermBitsMatcher = termBitsMatcher(Object.values(TERM_GROUPS));

/**
 * The mask of TERM_GROUPS a JobScope's `terms` stand for, when they are exactly one group's terms
 * or the union of several (in any order): a posting matches them when `termBits & mask` is not 0.
 * Null for any other list, whose callers keep asking FTS5.
 */
export function termGroupMask(terms: readonly string[]): number | null {
  const wanted = new Set(terms.map((term) => term.trim()));
  if (wanted.size === 0) return null;
  let mask = 0;
  const covered = new Set<string>();
  for (const group of Object.values(TERM_GROUPS)) {
    if (!group.terms.every((term) => wanted.has(term))) continue;
    mask |= group.bit;
    group.terms.forEach((term) => covered.add(term));
  }
  return covered.size === wanted.size ? mask : null;
}
