// HN posts open with a header line such as "Acme | Senior ML Engineer | Berlin | ONSITE".
const ROLE_WORDS =
  /\b(engineer|developer|scientist|researcher|designer|manager|lead|head|architect|analyst|intern|director|devops|sre|programmer|founder|cto|vp|recruiter|specialist|consultant|administrator|writer|marketer|product)s?\b/i;
const LOCATION_WORDS = /\b(remote|onsite|on-site|hybrid|relocation|anywhere|usa?|uk|europe|[A-Z][a-z]+,\s*[A-Z]{2})\b/i;

export type HnHeader = { company: string | null; title: string; locationText: string | null };

export function parseHnHeader(plainText: string): HnHeader {
  const firstLine = plainText.split("\n").find((line) => line.trim() !== "")?.trim() ?? "";
  const segments = firstLine
    .split(/\s+[|•·]\s+|\s+-\s+|\s+—\s+/)
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (segments.length < 2) return { company: null, title: clip(firstLine, 200), locationText: null };
  const [company, ...rest] = segments;
  const title = rest.find((segment) => ROLE_WORDS.test(segment)) ?? rest[0] ?? firstLine;
  const locationText = rest.find((segment) => segment !== title && LOCATION_WORDS.test(segment)) ?? null;
  return { company: clip(company ?? "", 120), title: clip(title, 200), locationText: locationText ? clip(locationText, 160) : null };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
