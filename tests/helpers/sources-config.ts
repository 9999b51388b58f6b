import { configFor, loadSourcesConfig } from "@/scrapers/config";
import type { SourceName } from "@/lib/sources";

/** The checked-in scrapers/sources.json entry for a source, as the jobs read it. */
export function checkedInConfig(source: SourceName) {
  return configFor(loadSourcesConfig("scrapers/sources.json"), source);
}
