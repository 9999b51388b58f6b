import { readEnv } from "@/lib/env";
import type { SourceName } from "@/lib/sources";
import { loadSourcesConfig, type SourcesConfig } from "./config";

let checkedIn: SourcesConfig | undefined;

/**
 * The company's display name for an ATS board slug, from the sources config (read once);
 * the slug itself for a board the config does not list. ATS slugs are case-insensitive.
 */
export function companyForBoard(source: SourceName, slug: string): string {
  checkedIn ??= loadSourcesConfig(readEnv().PULSE_SOURCES_CONFIG);
  const wanted = slug.toLowerCase();
  const board = checkedIn[source]?.boards.find((entry) => entry.slug.toLowerCase() === wanted);
  return board?.company ?? slug;
}
