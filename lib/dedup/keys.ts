import { sha256 } from "@/lib/hash";

// Query parameters that only say where a click came from, never which job it is.
const TRACKING_PARAM = /^(utm_\w+|ref|refs|source|src|gh_src|gh_jid_src|lever-source(\[\])?|lever-origin|trk|trackingid|fbclid|gclid|mc_\w+)$/i;

/** The apply URL reduced to what identifies the job: same job, same key, whichever board links to it. */
export function canonicalApplyUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const path = decodeURIComponent(parsed.pathname)
    .replace(/\/(apply|application)\/?$/i, "")
    .replace(/\/+$/, "")
    .toLowerCase();
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`);
  return `${host}${path}${params.length ? `?${params.join("&")}` : ""}`;
}

const COMPANY_SUFFIX = /\b(inc|llc|ltd|gmbh|ag|sa|sas|bv|plc|corp|corporation|co|company|limited)\b\.?/g;

function normaliseWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Company + title + location, normalised; null when the company or title is unknown. */
export function listingKey(company: string | null, title: string, location: string | null): string | null {
  const companyWords = company ? normaliseWords(company).replace(COMPANY_SUFFIX, "").replace(/\s+/g, " ").trim() : "";
  const titleWords = normaliseWords(title);
  if (!companyWords || !titleWords) return null;
  return [companyWords, titleWords, location ? normaliseWords(location) : ""].join("|");
}

// Below this the text is too generic (or cut by the source) to identify a job by itself.
const MIN_FINGERPRINT_CHARS = 300;

/**
 * A fingerprint of the description's words; null for short descriptions. Link targets are left out:
 * one source prints them inline ("form (https://…)"), another keeps only the link text.
 */
export function descriptionFingerprint(text: string): string | null {
  const words = normaliseWords(text.replace(/\(?\bhttps?:\/\/[^\s)]+\)?/g, " "));
  if (words.length < MIN_FINGERPRINT_CHARS) return null;
  return sha256(words).slice(0, 32);
}

export type DedupKeys = { dedupUrlKey: string | null; dedupListingKey: string | null; descriptionFingerprint: string | null };

export function dedupKeys(posting: { applyUrl: string | null; company: string | null; title: string; locationText: string | null; description: string }): DedupKeys {
  return {
    dedupUrlKey: canonicalApplyUrl(posting.applyUrl),
    dedupListingKey: listingKey(posting.company, posting.title, posting.locationText),
    descriptionFingerprint: descriptionFingerprint(posting.description),
  };
}
