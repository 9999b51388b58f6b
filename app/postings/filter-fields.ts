import type { PostingFilter } from "@/db/queries/postings";
import type { PostingFilterOptions } from "@/db/queries/posting-detail";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { optionsOf, REMOTE_LABELS, ROLE_LABELS, SENIORITY_LABELS, USE_CASE_LABELS } from "@/lib/ui/labels";
import type { FilterField } from "../components/filter-form";
import { defaultSort } from "./search-params";
import { sourceOptions } from "../components/source-options";

const SORT_OPTIONS = [
  { value: "relevance", label: "Best match" },
  { value: "newest", label: "Newest first" },
  { value: "oldest", label: "Oldest first" },
  { value: "salary", label: "Highest salary (USD)" },
  { value: "company", label: "Company A–Z" },
];

/** The explorer's controls, filled with the current filter. */
export function postingFilterFields(filter: PostingFilter, options: PostingFilterOptions): FilterField[] {
  return [
    { kind: "search", name: "q", label: "Search title, company, description", value: filter.q, placeholder: "e.g. computer vision", hint: "Every word must appear; operators are searched as words." },
    { kind: "select", name: "framework", label: "Framework", value: filter.framework, options: FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_LABELS[f] })) },
    { kind: "select", name: "use_case", label: "Use case", value: filter.useCase, options: optionsOf(USE_CASE_LABELS) },
    { kind: "select", name: "role", label: "Role", value: filter.role, options: optionsOf(ROLE_LABELS) },
    { kind: "select", name: "seniority", label: "Seniority", value: filter.seniority, options: optionsOf(SENIORITY_LABELS) },
    { kind: "select", name: "remote", label: "Remote", value: filter.remote, options: optionsOf(REMOTE_LABELS) },
    { kind: "select", name: "country", label: "Country", value: filter.country, options: options.countries.map((c) => ({ value: c.value, label: `${c.label} (${c.n})` })) },
    { kind: "select", name: "source", label: "Source", value: filter.source, options: sourceOptions(options.sources) },
    { kind: "text", name: "company", label: "Company", value: filter.company, suggestions: options.companies.map((c) => c.value), hint: "Part of the name is enough." },
    { kind: "select", name: "company_match", label: "Company match", value: filter.companyMatch === "exact" ? "exact" : undefined, options: [{ value: "exact", label: "Exactly this name" }], allLabel: "Part of the name" },
    { kind: "number", name: "salary_min", label: "Salary from (USD a year)", value: filter.salaryMin, min: 0, step: 1000 },
    { kind: "number", name: "salary_max", label: "Salary to (USD a year)", value: filter.salaryMax, min: 0, step: 1000 },
    { kind: "month", name: "from", label: "Posted from month", value: filter.from, hint: "YYYY-MM" },
    { kind: "month", name: "to", label: "Posted to month", value: filter.to, hint: "YYYY-MM" },
    { kind: "select", name: "status", label: "Open or closed", value: filter.status === "all" ? undefined : filter.status, options: [{ value: "open", label: "Still listed" }, { value: "closed", label: "Closed" }], allLabel: "Open and closed" },
    // Left at its default, the order follows the search box: best match for a search, else newest.
    { kind: "select", name: "sort", label: "Sort by", value: filter.sort === defaultSort(filter) ? undefined : filter.sort, options: SORT_OPTIONS, allLabel: "Best match for a search, else newest" },
  ];
}
