import fs from "node:fs";
import { z } from "zod";
import { SOURCES, type SourceName } from "@/lib/sources";

const boardSchema = z.object({
  /** The board's name in the ATS URL, exactly as the ATS spells it. */
  slug: z.string().min(1),
  /** The company's display name. */
  company: z.string().min(1),
});

const careerSiteSchema = z.object({
  name: z.string().min(1),
  company: z.string().min(1),
  url: z.url(),
  /** CSS selectors read from the rendered DOM. */
  selectors: z.object({
    job: z.string().min(1),
    title: z.string().min(1),
    link: z.string().min(1),
    location: z.string().optional(),
    description: z.string().optional(),
  }),
  /** Selector that appears once the page's script has built the list. */
  waitFor: z.string().min(1),
});

export const sourceConfigSchema = z.object({
  enabled: z.boolean().default(true),
  /** node-cron expression, evaluated in UTC. */
  schedule: z.string().min(1),
  /** Pause between two requests to the source's hosts, in ms. */
  paceMs: z.number().int().min(0),
  boards: z.array(boardSchema).default([]),
  sites: z.array(careerSiteSchema).default([]),
  /** Survey years to read (so-survey); each needs its column mapping module. */
  years: z.array(z.number().int().min(2000).max(2100)).optional(),
  /** ISO alpha-2 countries whose series to read (adoption-series: Indeed's postings index). */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, "an ISO alpha-2 code in capitals")).optional(),
});

export type SourceConfig = z.infer<typeof sourceConfigSchema>;
export type BoardConfig = z.infer<typeof boardSchema>;
export type CareerSiteConfig = z.infer<typeof careerSiteSchema>;

const fileSchema = z.object({
  sources: z.partialRecord(z.enum(SOURCES), sourceConfigSchema),
});

export type SourcesConfig = Partial<Record<SourceName, SourceConfig>>;

/** scrapers/sources.json: which boards to watch and how often, as data; adding a company is one line. */
export function loadSourcesConfig(file: string): SourcesConfig {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the sources config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`invalid sources config ${file}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.sources;
}

export function configFor(config: SourcesConfig, source: SourceName): SourceConfig {
  const entry = config[source];
  if (!entry) throw new Error(`the sources config has no entry for "${source}"`);
  return entry;
}
