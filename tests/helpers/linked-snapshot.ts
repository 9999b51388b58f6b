import fs from "node:fs";
import path from "node:path";
import { SNAPSHOT_DIR } from "./snapshot";

export type ManifestEntry = { url: string; file: string };

/** The real snapshot's manifest. */
export function recordedManifest(): ManifestEntry[] {
  return JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "manifest.json"), "utf8")) as ManifestEntry[];
}

// Hosts whose recordings are large (HN thread pages, survey and series files): left out where a
// test needs the job sources only.
export const BULKY_HOSTS = ["news.ycombinator.com", "ai-jobs.net", "raw.githubusercontent.com", "survey.stackoverflow.co"];

/**
 * A snapshot folder at `target` holding the real snapshot's entries that `keep` accepts: the
 * recorded files are symlinked (read in place, never copied) under a manifest of their own.
 */
export function linkedSnapshot(target: string, keep: (entry: ManifestEntry) => boolean): ManifestEntry[] {
  const kept = recordedManifest().filter(keep);
  for (const entry of kept) {
    fs.mkdirSync(path.dirname(path.join(target, entry.file)), { recursive: true });
    fs.symlinkSync(path.join(SNAPSHOT_DIR, entry.file), path.join(target, entry.file));
  }
  fs.writeFileSync(path.join(target, "manifest.json"), JSON.stringify(kept));
  return kept;
}

export const withoutBulkyHosts = (entry: ManifestEntry): boolean => !BULKY_HOSTS.includes(new URL(entry.url).host);
