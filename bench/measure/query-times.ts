// p50/p95 of each dashboard question: our query functions on the SQLite file the pages read,
// and the same question in DuckDB, over `runs` runs cycling through the question's cases.
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Db } from "@/db/client";
import type { AnyQuestion } from "./questions";
import { p50p95 } from "./results";

export type QuestionTimes = { name: string; ours: { p50: number; p95: number }; duck: { p50: number; p95: number } | null; note?: string };

async function askDuck(duck: DuckDBConnection, statements: string[]): Promise<void> {
  for (const statement of statements) (await duck.runAndReadAll(statement)).getRows();
}

// A question slower than this per side stops after MIN_RUNS runs: 20 runs of a 30 s query are not affordable.
const BUDGET_MS = 60_000;
const MIN_RUNS = 3;

export async function timeQuestions(db: Db, duck: DuckDBConnection, questions: AnyQuestion[], runs: number, log: (line: string) => void): Promise<QuestionTimes[]> {
  const results: QuestionTimes[] = [];
  for (const question of questions) {
    const ours: number[] = [];
    const anchor: number[] = [];
    // One warm-up run of every case on each side: the page cache and DuckDB's first run are not the
    // question. With one case warmed, a p95 over 10 runs of 8 cases was the cold first run of a case.
    for (const c of question.cases) {
      question.ours(db, c);
      if (question.duck) await askDuck(duck, question.duck(c));
    }
    const begun = performance.now();
    for (let run = 0; run < runs && (run < MIN_RUNS || performance.now() - begun < BUDGET_MS); run++) {
      const c = question.cases[run % question.cases.length];
      let started = performance.now();
      question.ours(db, c);
      ours.push(performance.now() - started);
      if (question.duck) {
        const statements = question.duck(c);
        started = performance.now();
        await askDuck(duck, statements);
        anchor.push(performance.now() - started);
      }
    }
    const times: QuestionTimes = { name: question.name, ours: p50p95(ours), duck: anchor.length ? p50p95(anchor) : null, note: question.note };
    log(`query ${question.name} (${ours.length} runs): ours p95 ${times.ours.p95.toFixed(1)} ms, duckdb p95 ${times.duck ? times.duck.p95.toFixed(1) : "—"} ms`);
    results.push(times);
  }
  return results;
}
