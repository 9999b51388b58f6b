const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

// Only the monthly thread: "Who wants to be hired?", "Freelancer? Seeking freelancer?" and
// one-off posts such as "Who is hiring right now?" share the account or the words.
const MONTHLY_HIRING_TITLE = /^Ask HN: Who is hiring\? \(([A-Za-z]+) (\d{4})\)$/i;

/** The month of an "Ask HN: Who is hiring? (April 2011)" title, or null for any other title. */
export function parseThreadTitle(title: string): { month: string } | null {
  const match = title.trim().match(MONTHLY_HIRING_TITLE);
  if (!match?.[1] || !match[2]) return null;
  const monthIndex = MONTH_NAMES.indexOf(match[1].toLowerCase());
  if (monthIndex < 0) return null;
  return { month: `${match[2]}-${String(monthIndex + 1).padStart(2, "0")}` };
}
