import type Database from "better-sqlite3";
import { termBits } from "@/lib/evidence/term-bits";
import { COUNTRY_REGIONS, type Region } from "@/lib/geo/regions";
import { UNKNOWN_REGION_BIT, bitsOf, frameworkBit, regionBit, roleBit, bitOfUseCase } from "@/lib/money/pay-bits";
import type { NormalisedPosting } from "@/lib/normalise/types";
import type { PostingBits } from "./row-parts";

// The bit columns of a posting, written with it so that its labels' triggers (migration 0010) find
// them already set and its job_market_cells row is written once, not once per label.

const REGION_BY_CODE = new Map<string, Region>(COUNTRY_REGIONS);
// SQLite's upper() (the triggers' join on country_regions) changes ASCII letters only.
const asciiUpper = (code: string) => code.replace(/[a-z]/g, (letter) => letter.toUpperCase());

export function labelBits(posting: NormalisedPosting) {
  return {
    frameworkBits: bitsOf(posting.frameworks, (mention) => frameworkBit(mention.framework)),
    roleBits: bitsOf(posting.roles, roleBit),
    regionBits: bitsOf(posting.countries, (country) => {
      const region = REGION_BY_CODE.get(asciiUpper(country));
      return region ? regionBit(region) : UNKNOWN_REGION_BIT;
    }),
    useCaseBits: bitsOf(posting.useCases, bitOfUseCase),
  };
}

/** The term groups its text matches, as stored (derived-columns.ts writes the posting's title, company and description as they are). */
export function postingTermBits(posting: NormalisedPosting): number {
  return termBits({ title: posting.title, company: posting.company, description: posting.description });
}

const bitColumns = new WeakMap<Database.Database, { labels: boolean; terms: boolean }>();

/**
 * The bit columns to write with the posting: none on a database migrated only up to before 0010
 * (whose backfill then sets them from the label rows), and no term_bits before 0011 (whose backfill
 * asks FTS5), which the ingest still writes to. `bits`: all of them, when worked out ahead (row-parts.ts).
 */
export function labelBitColumns(sqlite: Database.Database, posting: NormalisedPosting, bits?: PostingBits): Partial<PostingBits> {
  let has = bitColumns.get(sqlite);
  if (has === undefined) {
    const columns = new Set(sqlite.prepare("select name from pragma_table_info('postings')").pluck().all() as string[]);
    has = { labels: columns.has("framework_bits"), terms: columns.has("term_bits") };
    bitColumns.set(sqlite, has);
  }
  const { termBits, ...labels } = bits ?? { ...labelBits(posting), termBits: undefined };
  return { ...(has.labels ? labels : {}), ...(has.terms ? { termBits: termBits ?? postingTermBits(posting) } : {}) };
}
