import type { Seniority } from "@/lib/taxonomy";

// Surveys ask for years of professional experience, not a title, so seniority is a band of years.
// These bands follow common engineering ladders; they approximate, and are not the same thing as,
// the title-based seniority of postings (TAXONOMY.md), which the methodology page must say.
export const SENIORITY_BANDS: ReadonlyArray<{ maxYears: number; seniority: Seniority; label: string }> = [
  { maxYears: 2, seniority: "junior", label: "0–2 years" },
  { maxYears: 5, seniority: "mid", label: "3–5 years" },
  { maxYears: 10, seniority: "senior", label: "6–10 years" },
  { maxYears: Number.POSITIVE_INFINITY, seniority: "staff_plus", label: "11+ years" },
];

/** Whole years of professional experience → seniority band; unknown or negative → "unspecified". */
export function seniorityForYears(years: number | null): Seniority {
  if (years === null || !Number.isFinite(years) || years < 0) return "unspecified";
  return SENIORITY_BANDS.find((band) => years <= band.maxYears)?.seniority ?? "unspecified";
}
