import type Database from "better-sqlite3";
import { COUNTRY_REGIONS, type Region } from "@/lib/geo/regions";
import { UNKNOWN_REGION_BIT, frameworkBit, regionBit, roleBit, bitOfUseCase } from "@/lib/money/pay-bits";
import type { NormalisedPosting } from "@/lib/normalise/types";

// The bit columns of a posting, written with it so that its labels' triggers (migration 0010) find
// them already set and its job_market_cells row is written once, not once per label.

const REGION_BY_CODE = new Map<string, Region>(COUNTRY_REGIONS);
// SQLite's upper() (the triggers' join on country_regions) changes ASCII letters only.
const asciiUpper = (code: string) => code.replace(/[a-z]/g, (letter) => letter.toUpperCase());

export function labelBits(posting: NormalisedPosting) {
  const or = <T>(labels: readonly T[], bit: (label: T) => number) => labels.reduce((bits, label) => bits | bit(label), 0);
  return {
    frameworkBits: or(posting.frameworks, (mention) => frameworkBit(mention.framework)),
    roleBits: or(posting.roles, roleBit),
    regionBits: or(posting.countries, (country) => {
      const region = REGION_BY_CODE.get(asciiUpper(country));
      return region ? regionBit(region) : UNKNOWN_REGION_BIT;
    }),
    useCaseBits: or(posting.useCases, bitOfUseCase),
  };
}

const hasBitColumns = new WeakMap<Database.Database, boolean>();

/**
 * The bit columns to write with the posting: none on a database migrated only up to before 0010
 * (whose backfill then sets them from the label rows), which the ingest still writes to.
 */
export function labelBitColumns(sqlite: Database.Database, posting: NormalisedPosting): Partial<ReturnType<typeof labelBits>> {
  let has = hasBitColumns.get(sqlite);
  if (has === undefined) {
    has = (sqlite.prepare("select count(*) from pragma_table_info('postings') where name = 'framework_bits'").pluck().get() as number) > 0;
    hasBitColumns.set(sqlite, has);
  }
  return has ? labelBits(posting) : {};
}
