import { addMonths } from "@/lib/months";

export type MonthRange = { first: string; last: string; months: number };

/** The runs of calendar months missing between the first and the last of `months` (sorted or not). */
export function monthGaps(months: readonly string[]): MonthRange[] {
  const present = new Set(months);
  const sorted = [...present].sort();
  const gaps: MonthRange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (!before || !after) continue;
    const first = addMonths(before, 1);
    if (first === after) continue;
    let count = 0;
    for (let month = first; month < after; month = addMonths(month, 1)) count++;
    gaps.push({ first, last: addMonths(after, -1), months: count });
  }
  return gaps;
}
