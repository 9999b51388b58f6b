// Past the scale the full pipeline is run at, the database grows by copies of the rows the
// pipeline wrote (each copy a distinct job: new ids, source ids, URLs and dedup keys; its
// duplicate groups kept within the copy), so every distribution the pipeline produced stays
// exactly as it was. SQL inside SQLite: the FTS triggers index every copied posting.
import Database from "better-sqlite3";

const copyMark = (column: string, sep: string, round: number) => `${column} || '${sep}x${round}'`;
const nullableMark = (column: string, round: number) => `case when ${column} is null then null else ${column} || '~x${round}' end`;

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`pragma table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}

function copyRows(db: Database.Database, table: string, overrides: Record<string, string>, where: string): void {
  const columns = columnsOf(db, table);
  db.exec(`insert into ${table} (${columns.join(", ")}) select ${columns.map((c) => overrides[c] ?? c).join(", ")} from ${table} where ${where}`);
}

/** Grows postings (with their raw documents and labels) to `postings` rows by copies of the first `base`. */
export function replicatePostings(file: string, base: number, postings: number, log: (line: string) => void): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  try {
    const { maxRaw } = db.prepare("select max(id) as maxRaw from raw_documents").get() as { maxRaw: number };
    for (let round = 1; base * round < postings; round++) {
      const take = Math.min(base, postings - base * round);
      const off = base * round;
      const rawOff = maxRaw * round;
      const lastRaw = (db.prepare("select max(raw_document_id) as id from postings where id <= ?").get(take) as { id: number }).id;
      db.transaction(() => {
        copyRows(db, "raw_documents", { id: `id + ${rawOff}`, source_id: copyMark("source_id", "~", round), url: copyMark("url", "#", round) }, `id <= ${lastRaw}`);
        const postingCopy = {
          id: `id + ${off}`,
          source_id: copyMark("source_id", "~", round),
          url: copyMark("url", "#", round),
          raw_document_id: `raw_document_id + ${rawOff}`,
          group_id: `group_id + ${off}`,
          dedup_url_key: nullableMark("dedup_url_key", round),
          dedup_listing_key: nullableMark("dedup_listing_key", round),
          description_fingerprint: nullableMark("description_fingerprint", round),
        };
        copyRows(db, "postings", postingCopy, `id <= ${take}`);
        for (const table of ["posting_frameworks", "posting_roles", "posting_use_cases", "posting_countries"]) {
          copyRows(db, table, { posting_id: `posting_id + ${off}` }, `posting_id <= ${take}`);
        }
      })();
      log(`replicate: ${(off + take).toLocaleString("en-US")} / ${postings.toLocaleString("en-US")} postings`);
    }
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}

/** Grows survey responses (with their framework rows) to `rows` by copies of the first `base`. */
export function replicateSurveys(file: string, base: number, rows: number, log: (line: string) => void): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  try {
    const { first } = db.prepare("select min(id) as first from survey_responses").get() as { first: number };
    for (let round = 1; base * round < rows; round++) {
      const take = Math.min(base, rows - base * round);
      const off = base * round;
      const slice = `between ${first} and ${first + take - 1}`;
      db.transaction(() => {
        copyRows(db, "survey_responses", { id: `id + ${off}`, source_id: copyMark("source_id", "~", round) }, `id ${slice}`);
        copyRows(db, "survey_response_frameworks", { survey_response_id: `survey_response_id + ${off}` }, `survey_response_id ${slice}`);
      })();
      log(`replicate: ${(base * round + take).toLocaleString("en-US")} / ${rows.toLocaleString("en-US")} survey rows`);
    }
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}
