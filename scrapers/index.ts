import type { SourceName } from "@/lib/sources";
import { hnSource } from "./hn";
import type { Source } from "./types";

export const ALL_SOURCES: readonly Source[] = [hnSource];

export function sourceByName(name: string): Source | undefined {
  return ALL_SOURCES.find((source) => source.name === (name as SourceName));
}
