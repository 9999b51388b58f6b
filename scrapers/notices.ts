// What a source says about how often it wants to be read, turned into an interval in ms.

const MINUTE_MS = 60_000;
const PERIOD_MS: Record<string, number> = {
  minute: MINUTE_MS,
  hour: 60 * MINUTE_MS,
  day: 24 * 60 * MINUTE_MS,
  week: 7 * 24 * 60 * MINUTE_MS,
};
const COUNT_WORDS: Record<string, number> = { once: 1, twice: 2 };

// "4 times a day", "twice per hour", "once a week", "10x per day".
const RATE = /\b(?:(\d+)\s*(?:times?|x)|(once|twice))\s+(?:a|an|per|each|every)\s+(minute|hour|day|week)\b/gi;
// The words that make a rate a ceiling ("we advise max. 4 times a day") rather than a habit.
const CEILING_BEFORE = /\b(?:max(?:imum)?\.?|at most|no more than|not more than|up to)\s*$/i;

/**
 * The interval a free-text notice asks for, from its "N times a <period>" rate: 24 h / N for
 * "max. N times a day". A rate marked as a maximum wins over any other; null when none is stated.
 */
export function intervalFromNotice(text: string): number | null {
  let plain: number | null = null;
  for (const match of text.matchAll(RATE)) {
    const count = match[1] ? Number(match[1]) : COUNT_WORDS[(match[2] ?? "").toLowerCase()];
    const period = PERIOD_MS[(match[3] ?? "").toLowerCase()];
    if (!count || !period) continue;
    const interval = Math.round(period / count);
    if (CEILING_BEFORE.test(text.slice(0, match.index))) return interval;
    plain ??= interval;
  }
  return plain;
}

/** An RSS channel's `<ttl>` (minutes the feed may be cached) in ms; null when absent or not a positive number. */
export function intervalFromTtl(ttl: string | null | undefined): number | null {
  const trimmed = ttl?.trim() ?? "";
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes > 0 ? minutes * MINUTE_MS : null;
}
