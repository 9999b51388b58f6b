import { PYTORCH_RELEASED } from "@/lib/extract/framework-aliases";

export type Annotation = { month: string; text: string };
export type SourceMonth = { source: string; label: string; month: string };

type Input = {
  /** First and last month of the series shown. */
  range: { first: string; last: string };
  /** The first month each source of the series has postings in. */
  sourceStarts: readonly SourceMonth[];
  /** The month each source was first read by our scrapers. */
  firstRuns: readonly SourceMonth[];
};

/** Where the series' method or source mix changes, inside the months shown, in month order. */
export function trendAnnotations({ range, sourceStarts, firstRuns }: Input): Annotation[] {
  const inRange = (month: string) => month >= range.first && month <= range.last;
  const notes: Annotation[] = [];
  if (inRange(PYTORCH_RELEASED)) {
    notes.push({ month: PYTORCH_RELEASED, text: "PyTorch released: from here a bare “Torch” beside ML words counts as PyTorch; before, it is Lua Torch and not counted" });
  }
  // The first source's start is the series' own start, not a change in its mix.
  const starts = [...sourceStarts].sort((a, b) => a.month.localeCompare(b.month));
  for (const start of starts.slice(1)) {
    if (inRange(start.month)) notes.push({ month: start.month, text: `${start.label} joins the series (its first posting)` });
  }
  for (const run of firstRuns) {
    if (inRange(run.month)) notes.push({ month: run.month, text: `${run.label} first read: earlier months hold only its jobs still listed then` });
  }
  return notes.sort((a, b) => a.month.localeCompare(b.month));
}

/** The annotations of a series over the months it has data in (none for an empty series). */
export function seriesAnnotations(counts: ReadonlyArray<{ month: string }>, sourceStarts: readonly SourceMonth[], firstRuns: readonly SourceMonth[]): Annotation[] {
  const first = counts[0]?.month;
  const last = counts.at(-1)?.month;
  return first && last ? trendAnnotations({ range: { first, last }, sourceStarts, firstRuns }) : [];
}
