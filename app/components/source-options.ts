import type { FilterOption } from "@/db/queries/posting-detail";
import type { FilterOption as SelectOption } from "./filter-form";

/** The source select: every source with postings, then "all job boards" (every source but Hacker News). */
export function sourceOptions(sources: readonly FilterOption[]): SelectOption[] {
  return [...sources.map((s) => ({ value: s.value, label: `${s.label} (${s.n})` })), { value: "boards", label: "All job boards (everything but Hacker News)" }];
}
