// N source records scaled up from the real ones: each generated posting is a real record (drawn
// uniformly, so the mix of sources, months, companies, frameworks and salaries is the real one)
// made into a distinct job — its own id, URLs, title and description tag — in the source's own
// item shape, so the full pipeline parses and extracts it. Deterministic from the seed.
import type { RawItem } from "@/scrapers/types";
import { seededRandom } from "../survey-shape";
import type { SeedPosting } from "./seeds";

export type GeneratedBatch = { source: string; board: string | null; items: RawItem[] };

// Jobs posted again under a new id (the same apply URL): the dedup groups must absorb them.
const REPOST_RATE = 0.02;
const BATCH_SIZE = 500;
// Where each source keeps a posting's title (lever's is `text`); HN's is the first line of `text`.
const TITLE_KEYS: Record<string, string> = { lever: "text", remoteok: "position", jobicy: "jobTitle" };

export function* generatePostings(seeds: readonly SeedPosting[], total: number, seed = 1): Generator<GeneratedBatch> {
  const random = seededRandom(seed);
  let open = new Map<string, GeneratedBatch>();
  const recent: Array<{ seed: SeedPosting; record: unknown; url: string }> = [];
  for (let n = 1; n <= total; n++) {
    const repost = recent.length > 0 && random() < REPOST_RATE ? recent[Math.floor(random() * recent.length)] : undefined;
    const base = repost?.seed ?? seeds[Math.floor(random() * seeds.length)]!;
    const tag = `r${n.toString(36)}`;
    const record = repost?.record ?? distinctRecord(base, tag);
    const url = repost?.url ?? taggedUrl(base.url, tag);
    if (!repost) {
      recent.push({ seed: base, record, url });
      if (recent.length > 1_000) recent.shift();
    }
    const key = `${base.source}\u0000${base.board ?? ""}`;
    const batch = open.get(key) ?? { source: base.source, board: base.board, items: [] };
    batch.items.push({ sourceId: `${base.sourceId}~${tag}`, url, record, month: base.month, postedAt: base.postedAt });
    open.set(key, batch);
    if (batch.items.length >= BATCH_SIZE) {
      open.delete(key);
      yield batch;
    }
    if (n % (BATCH_SIZE * 20) === 0) {
      yield* open.values();
      open = new Map();
    }
  }
  yield* open.values();
}

function distinctRecord(seed: SeedPosting, tag: string): unknown {
  const record = structuredClone(seed.record) as Record<string, unknown>;
  retagUrls(record, tag);
  const description = longestStringKey(record);
  if (seed.source === "hn") {
    record.text = tagHnHeader(String(record.text ?? ""), tag);
    return record;
  }
  const titleKey = TITLE_KEYS[seed.source] ?? "title";
  if (typeof record[titleKey] === "string") record[titleKey] = `${record[titleKey] as string} (${tag})`;
  if (description && description !== titleKey) record[description] = `${record[description] as string}\n\nReq ${tag}.`;
  return record;
}

// The header's first segment is the company: the tag goes on the rest of the first line, before any markup.
function tagHnHeader(html: string, tag: string): string {
  const end = html.search(/<p>|\n/);
  const firstLine = end === -1 ? html : html.slice(0, end);
  const rest = end === -1 ? "" : html.slice(end);
  const tagged = firstLine.replace(/(\s+[|•·—-]\s+[^|•·—]*?)(\s+[|•·—-]\s+|$)/, `$1 ${tag}$2`);
  return `${tagged === firstLine ? `${firstLine} ${tag}` : tagged}${rest}<p>Req ${tag}.`;
}

function retagUrls(value: unknown, tag: string): void {
  if (!value || typeof value !== "object") return;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof child === "string" && /^https?:\/\/\S+$/.test(child)) (value as Record<string | number, unknown>)[key] = taggedUrl(child, tag);
    else retagUrls(child, tag);
  }
}

function taggedUrl(url: string, tag: string): string {
  try {
    const parsed = new URL(url);
    parsed.pathname = `${parsed.pathname.replace(/\/+$/, "")}/${tag}`;
    return parsed.toString();
  } catch {
    return `${url}#${tag}`;
  }
}

function longestStringKey(record: Record<string, unknown>): string | null {
  let best: string | null = null;
  for (const [key, value] of Object.entries(record)) if (typeof value === "string" && value.length > (best ? String(record[best]).length : 0)) best = key;
  return best;
}
