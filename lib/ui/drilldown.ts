// Every number on the dashboard links to the postings behind it: these build those links, with
// the explorer's parameter names in one place and in one order, so equal filters give equal URLs.
// Pages render them as <Link prefetch={false}>: a table of drill-downs must not prefetch (render) each target.

export const POSTING_PARAMS = [
  "q",
  "framework",
  "use_case",
  "role",
  "seniority",
  "remote",
  "country",
  "source",
  "company",
  "salary_min",
  "salary_max",
  "from",
  "to",
  "status",
  "sort",
  "page",
] as const;
export type PostingParam = (typeof POSTING_PARAMS)[number];
export type PostingsLink = Partial<Record<PostingParam, string | number | null | undefined>>;

/** `/postings?…` for a filter; empty values are left out. */
export function postingsHref(link: PostingsLink): string {
  return withParams("/postings", POSTING_PARAMS.map((name) => [name, link[name]]));
}

export function postingHref(id: number): string {
  return `/postings/${id}`;
}

/** `path?name=value…` in the order given, skipping empty values. */
export function withParams(path: string, params: ReadonlyArray<readonly [string, string | number | null | undefined]>): string {
  const query = new URLSearchParams();
  for (const [name, value] of params) {
    if (value === undefined || value === null || value === "") continue;
    query.append(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
