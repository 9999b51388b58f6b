import { and, eq, inArray } from "drizzle-orm";
import { sha256 } from "@/lib/hash";
import type { FrameworkRelation, SurveyFramework } from "@/lib/surveys/frameworks";
import { surveyResponseFrameworks, surveyResponses, type NewSurveyResponse } from "../schema";
import { chunks, type Tx, type WriteCounts } from "./tx";

// `profile` is derived by the triggers of migration 0007 from the framework rows, never written here.
export type SurveyResponseInput = Omit<NewSurveyResponse, "id" | "contentHash" | "ingestedAt" | "updatedAt" | "profile"> & {
  frameworks: Array<{ framework: SurveyFramework; relation: FrameworkRelation }>;
};

type Prepared = { row: SurveyResponseInput; contentHash: string };
type FrameworkRow = typeof surveyResponseFrameworks.$inferInsert;

// 13 columns a row: well under SQLite's limit of bound parameters per statement.
const ROWS_PER_STATEMENT = 500;

/**
 * Diff before write by (source, year, response id): new responses are inserted with their
 * framework rows, changed ones (a better mapping) updated and their framework rows replaced.
 */
export function writeSurveyResponses(tx: Tx, rows: SurveyResponseInput[], at: string): WriteCounts {
  const counts: WriteCounts = { newCount: 0, updatedCount: 0, unchangedCount: 0 };
  for (const responses of groupByYear(rows).values()) {
    const first = responses.values().next().value;
    if (!first) continue;
    const { source, year } = first.row;
    const idsOf = (sourceIds: string[]) => {
      const found = new Map<string, { id: number; contentHash: string }>();
      for (const ids of chunks(sourceIds, ROWS_PER_STATEMENT)) {
        const rows = tx
          .select({ id: surveyResponses.id, sourceId: surveyResponses.sourceId, contentHash: surveyResponses.contentHash })
          .from(surveyResponses)
          .where(and(eq(surveyResponses.source, source), eq(surveyResponses.year, year), inArray(surveyResponses.sourceId, ids)))
          .all();
        for (const row of rows) found.set(row.sourceId, row);
      }
      return found;
    };
    const existing = idsOf([...responses.keys()]);
    const fresh: Prepared[] = [];
    const changedIds: number[] = [];
    const frameworkRows: FrameworkRow[] = [];
    for (const prepared of responses.values()) {
      const known = existing.get(prepared.row.sourceId);
      if (!known) fresh.push(prepared);
      else if (known.contentHash === prepared.contentHash) counts.unchangedCount++;
      else {
        const { frameworks, ...columns } = prepared.row;
        tx.update(surveyResponses).set({ ...columns, contentHash: prepared.contentHash, updatedAt: at }).where(eq(surveyResponses.id, known.id)).run();
        changedIds.push(known.id);
        frameworkRows.push(...frameworks.map((f) => ({ surveyResponseId: known.id, ...f })));
        counts.updatedCount++;
      }
    }
    for (const ids of chunks(changedIds, ROWS_PER_STATEMENT)) {
      tx.delete(surveyResponseFrameworks).where(inArray(surveyResponseFrameworks.surveyResponseId, ids)).run();
    }
    for (const batch of chunks(fresh, ROWS_PER_STATEMENT)) {
      tx.insert(surveyResponses)
        .values(batch.map(({ row: { frameworks: _frameworks, ...columns }, contentHash }) => ({ ...columns, contentHash, ingestedAt: at, updatedAt: at })))
        .run();
    }
    const inserted = idsOf(fresh.map(({ row }) => row.sourceId));
    for (const { row } of fresh) {
      const id = inserted.get(row.sourceId)?.id;
      if (id === undefined) throw new Error(`survey response ${source} ${year} #${row.sourceId} vanished inside its transaction`);
      frameworkRows.push(...row.frameworks.map((f) => ({ surveyResponseId: id, ...f })));
    }
    counts.newCount += fresh.length;
    for (const batch of chunks(frameworkRows, ROWS_PER_STATEMENT)) tx.insert(surveyResponseFrameworks).values(batch).run();
  }
  return counts;
}

// A batch may repeat a response (the last copy wins) and, in principle, span years.
function groupByYear(rows: SurveyResponseInput[]): Map<string, Map<string, Prepared>> {
  const groups = new Map<string, Map<string, Prepared>>();
  for (const row of rows) {
    const frameworks = [...row.frameworks].sort((a, b) => `${a.relation}:${a.framework}`.localeCompare(`${b.relation}:${b.framework}`));
    const prepared = { row: { ...row, frameworks }, contentHash: sha256(JSON.stringify({ ...row, frameworks })) };
    const key = `${row.source}\u0000${row.year}`;
    groups.set(key, (groups.get(key) ?? new Map<string, Prepared>()).set(row.sourceId, prepared));
  }
  return groups;
}
