import { parseArgs } from "node:util";
import { z } from "zod";
import { monthSchema } from "@/lib/months";
import { SOURCES } from "@/lib/sources";

const scrapeArgsSchema = z
  .object({
    source: z.enum(SOURCES).optional(),
    all: z.boolean().default(false),
    from: monthSchema.optional(),
    to: monthSchema.optional(),
    force: z.boolean().default(false),
  })
  .refine((a) => a.all !== Boolean(a.source), { message: "name one source with --source <name>, or --all" })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: "--from must not be after --to" });

export type ScrapeArgs = z.infer<typeof scrapeArgsSchema>;

export const SCRAPE_USAGE = `usage: npm run scrape -- --source <${SOURCES.join("|")}> | --all [--from YYYY-MM] [--to YYYY-MM] [--force]`;

export function parseScrapeArgs(argv: string[]): ScrapeArgs {
  const { values } = parseArgs({
    args: argv,
    options: { source: { type: "string" }, all: { type: "boolean" }, from: { type: "string" }, to: { type: "string" }, force: { type: "boolean" } },
    strict: true,
  });
  const parsed = scrapeArgsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => (i.path.length ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("; "));
  return parsed.data;
}
