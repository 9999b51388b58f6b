import fs from "node:fs";
import path from "node:path";
import { snapshotDir } from "@/lib/env";
import { loadManifest, type FIDELITIES } from "@/lib/replay/manifest";
import type { SourceName } from "@/lib/sources";

export type Fidelity = (typeof FIDELITIES)[number];
export type FidelityCounts = Partial<Record<Fidelity, number>>;

// The hosts each source reads; the recorded web is filed by host.
export const SOURCE_HOSTS: Record<SourceName, readonly string[]> = {
  hn: ["hn.algolia.com", "news.ycombinator.com"],
  ashby: ["api.ashbyhq.com"],
  greenhouse: ["boards-api.greenhouse.io"],
  lever: ["api.lever.co"],
  remotive: ["remotive.com"],
  remoteok: ["remoteok.com"],
  arbeitnow: ["www.arbeitnow.com"],
  weworkremotely: ["weworkremotely.com"],
  himalayas: ["himalayas.app"],
  jobicy: ["jobicy.com"],
  workingnomads: ["www.workingnomads.com"],
  careers: [],
  "so-survey": ["survey.stackoverflow.co"],
  "aijobs-salaries": ["ai-jobs.net"],
  "adoption-series": ["raw.githubusercontent.com"],
};

/** Recorded responses per source and fidelity (how close each body is to what the server sent). */
export function fidelityBySource(entries: ReadonlyArray<{ url: string; fidelity: Fidelity }>): Partial<Record<SourceName, FidelityCounts>> {
  const result: Partial<Record<SourceName, FidelityCounts>> = {};
  for (const entry of entries) {
    const host = new URL(entry.url).host;
    for (const [source, hosts] of Object.entries(SOURCE_HOSTS) as Array<[SourceName, readonly string[]]>) {
      if (!hosts.includes(host)) continue;
      const counts = (result[source] ??= {});
      counts[entry.fidelity] = (counts[entry.fidelity] ?? 0) + 1;
    }
  }
  return result;
}

/** The fidelity of the recorded web at PULSE_SNAPSHOT per source, or null where no snapshot is present. */
export async function loadSnapshotFidelity(): Promise<Partial<Record<SourceName, FidelityCounts>> | null> {
  const dir = snapshotDir();
  if (!fs.existsSync(path.join(dir, "manifest.json"))) return null;
  return fidelityBySource(await loadManifest(dir));
}
