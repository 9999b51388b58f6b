import type Database from "better-sqlite3";

/** What a database holds, as sorted lines without ids or timestamps: two runs that stored the same data dump the same. */
export type CanonicalDump = {
  postings: string[];
  rawDocuments: string[];
  /** Each duplicate group as its members' `source:source_id`, so group ids do not matter. */
  groups: string[];
  surveyResponses: string[];
  salaryReports: string[];
  seriesPoints: string[];
};

// Columns that differ between two runs storing the same data: ids, clocks, the run that wrote it.
const VOLATILE = new Set(["id", "ingested_at", "updated_at", "fetched_at", "first_seen", "last_seen", "run_id", "checked_at"]);

export function canonicalDump(sqlite: Database.Database): CanonicalDump {
  const lines = (query: string) => (sqlite.prepare(query).pluck().all() as string[]).sort();
  const labels = (table: string, value: string) =>
    `coalesce((SELECT group_concat(v, ',') FROM (SELECT ${value} AS v FROM ${table} WHERE posting_id = p.id ORDER BY 1)), '')`;
  return {
    postings: lines(`
      SELECT p.source || '|' || p.source_id || '|' || p.content_hash || '|' || p.month || '|' || coalesce(p.board, '') || '|' ||
        (p.closed_at IS NOT NULL) || '|' || r.content_hash ||
        '|fw:' || ${labels("posting_frameworks", "framework || ':' || context || ':' || snippet")} ||
        '|roles:' || ${labels("posting_roles", "role")} || '|uses:' || ${labels("posting_use_cases", "use_case")} ||
        '|countries:' || ${labels("posting_countries", "country")}
      FROM postings p JOIN raw_documents r ON r.id = p.raw_document_id`),
    rawDocuments: lines(`SELECT source || '|' || coalesce(source_id, '') || '|' || url || '|' || content_hash FROM raw_documents`),
    groups: lines(`
      SELECT group_concat(member, ' ') FROM (
        SELECT coalesce(group_id, id) AS g, source || ':' || source_id AS member FROM postings ORDER BY g, member
      ) GROUP BY g`),
    surveyResponses: lines(`
      SELECT s.source || '|' || s.year || '|' || s.source_id || '|' || s.content_hash || '|' ||
        coalesce((SELECT group_concat(v, ',') FROM (
          SELECT framework || ':' || relation AS v FROM survey_response_frameworks WHERE survey_response_id = s.id ORDER BY 1)), '')
      FROM survey_responses s`),
    salaryReports: rowsOf(sqlite, "salary_reports"),
    seriesPoints: rowsOf(sqlite, "series_points"),
  };
}

function rowsOf(sqlite: Database.Database, table: string): string[] {
  const rows = sqlite.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>;
  return rows.map((row) => JSON.stringify(Object.entries(row).filter(([column]) => !VOLATILE.has(column)))).sort();
}

/** Rows per table, for messages that say how far two dumps are apart. */
export function dumpSizes(dump: CanonicalDump): Record<keyof CanonicalDump, number> {
  return Object.fromEntries(Object.entries(dump).map(([name, rows]) => [name, rows.length])) as Record<keyof CanonicalDump, number>;
}
