import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const FIDELITIES = ["exact", "trimmed", "browser-saved", "re-enveloped", "reformatted"] as const;

const manifestEntrySchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  file: z.string().min(1),
  status: z.number().int().min(100).max(599),
  contentType: z.string().min(1),
  recordedAt: z.union([z.iso.datetime(), z.iso.date()]),
  fidelity: z.enum(FIDELITIES),
  origin: z.string(),
  note: z.string(),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
/** A manifest entry with its body's absolute path, checked to lie inside the snapshot dir. */
export type RecordedResponse = ManifestEntry & { bodyPath: string; recordedDate: Date };

export class ManifestError extends Error {
  override name = "ManifestError";
}

export async function loadManifest(snapshotDir: string): Promise<RecordedResponse[]> {
  const dir = path.resolve(snapshotDir);
  const dirStat = await stat(dir).catch(() => null);
  if (!dirStat?.isDirectory()) throw new ManifestError(`snapshot dir not found: ${dir} (set PULSE_SNAPSHOT)`);

  const manifestPath = path.join(dir, "manifest.json");
  const text = await readFile(manifestPath, "utf8").catch(() => null);
  if (text === null) throw new ManifestError(`no manifest.json in snapshot dir ${dir}`);

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${manifestPath} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = z.array(manifestEntrySchema).safeParse(json);
  if (!parsed.success) throw new ManifestError(`${manifestPath} is invalid:\n${z.prettifyError(parsed.error)}`);

  return parsed.data.map((entry) => ({
    ...entry,
    bodyPath: bodyPathInside(dir, entry.file),
    // A bare date means the recording is only known to the day: midnight UTC.
    recordedDate: new Date(entry.recordedAt.length === 10 ? `${entry.recordedAt}T00:00:00Z` : entry.recordedAt),
  }));
}

function bodyPathInside(dir: string, file: string): string {
  const resolved = path.resolve(dir, file);
  const relative = path.relative(dir, resolved);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new ManifestError(`manifest file ${JSON.stringify(file)} points outside the snapshot dir`);
  }
  return resolved;
}

export type ManifestMatcher = (realUrl: string) => RecordedResponse | null;

/**
 * Exact URL first; then the same host and path with the query compared as an unordered multiset
 * of decoded pairs; then, only if exactly one entry fits, the same with the path case-insensitive
 * (Ashby board names are). The query must match in every step.
 */
export function createMatcher(entries: readonly RecordedResponse[]): ManifestMatcher {
  const byUrl = new Map<string, RecordedResponse>();
  const byCanonical = new Map<string, RecordedResponse>();
  const byFoldedPath = new Map<string, RecordedResponse[]>();
  for (const entry of entries) {
    if (!byUrl.has(entry.url)) byUrl.set(entry.url, entry);
    const key = canonicalKey(entry.url);
    if (!key) continue;
    if (!byCanonical.has(key.exact)) byCanonical.set(key.exact, entry);
    byFoldedPath.set(key.folded, [...(byFoldedPath.get(key.folded) ?? []), entry]);
  }

  return (realUrl) => {
    const exact = byUrl.get(realUrl);
    if (exact) return exact;
    const key = canonicalKey(realUrl);
    if (!key) return null;
    const reordered = byCanonical.get(key.exact);
    if (reordered) return reordered;
    const folded = byFoldedPath.get(key.folded);
    return folded?.length === 1 && folded[0] ? folded[0] : null;
  };
}

const URL_PARTS = /^(https?):\/\/([^/?#]+)([^?#]*)(?:\?([^#]*))?/i;

function canonicalKey(url: string): { exact: string; folded: string } | null {
  const parts = URL_PARTS.exec(url);
  if (!parts) return null;
  const [, scheme = "", host = "", rawPath = "", query = ""] = parts;
  const origin = `${scheme.toLowerCase()}://${host.toLowerCase()}`;
  const canonicalPath = (rawPath || "/").split("/").map(canonicalSegment).join("/");
  const pairs = [...new URLSearchParams(query)].sort(([an, av], [bn, bv]) => compare(an, bn) || compare(av, bv));
  const canonicalQuery = JSON.stringify(pairs);
  return {
    exact: `${origin}${canonicalPath} ${canonicalQuery}`,
    folded: `${origin}${canonicalPath.toLowerCase()} ${canonicalQuery}`,
  };
}

// Re-encodes each segment so `%26` and `&`, or `%7e` and `~`, compare equal.
function canonicalSegment(segment: string): string {
  try {
    return encodeURIComponent(decodeURIComponent(segment));
  } catch {
    return segment;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
