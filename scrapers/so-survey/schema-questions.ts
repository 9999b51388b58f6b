import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { z } from "zod";

const schemaRowSchema = z.looseObject({ qname: z.string() });

/**
 * The question names (`qname`) of a survey_results_schema.csv. Unlike the responses file, its
 * question texts hold quoted line breaks, so it is parsed as plain RFC 4180 CSV.
 */
export async function readSchemaQuestions(input: Readable): Promise<Set<string>> {
  const questions = new Set<string>();
  const parser = input.pipe(parse({ bom: true, columns: true, relax_column_count: true }));
  for await (const record of parser as AsyncIterable<unknown>) {
    const row = schemaRowSchema.safeParse(record);
    if (row.success && row.data.qname.trim()) questions.add(row.data.qname.trim());
  }
  if (!questions.size) throw new Error("the schema file lists no questions (no qname column?)");
  return questions;
}
