// Measures every TAXONOMY field against the labelled gold set: npm run eval:gold
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { contractFieldsSchema, contractInputSchema, toContractFields } from "@/lib/eval/contract";
import { scoreGold, type FieldScore, type GoldPair } from "@/lib/eval/score-gold";
import { normalise } from "@/lib/normalise/normalise";
import { runCli } from "./run-cli";

const goldDir = path.resolve(z.string().min(1).default("../shared/gold").parse(process.env.PULSE_GOLD || undefined));

function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  const lines = readFileSync(path.join(goldDir, file), "utf8").split("\n").filter((line) => line.trim() !== "");
  return lines.map((line, index) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? "invalid line"}`);
    return parsed.data;
  });
}

const percent = (value: number | null) => (value === null ? "     -" : `${(value * 100).toFixed(1).padStart(5)}%`);

function printField(score: FieldScore): void {
  console.log(`\n${score.field}: ${score.exact} / ${score.total} exact = ${percent(score.accuracy).trim()}`);
  const labels = score.labels.filter((label) => label.support > 0 || label.falsePositives > 0);
  if (labels.length > 0) {
    console.log("  label                 precision  recall  support   tp  fp  fn");
    for (const s of labels) {
      const counts = [s.truePositives, s.falsePositives, s.falseNegatives].map((n) => String(n).padStart(3)).join(" ");
      console.log(`  ${s.label.padEnd(20)} ${percent(s.precision).padStart(10)} ${percent(s.recall).padStart(7)} ${String(s.support).padStart(8)}  ${counts}`);
    }
  }
  for (const row of score.disagreements) console.log(`  - ${row.id}  expected ${row.expected}  got ${row.got}`);
}

runCli("eval:gold", () => {
  const postings = readJsonLines("postings.jsonl", contractInputSchema);
  const labels = readJsonLines("labels.jsonl", contractFieldsSchema);
  if (postings.length !== labels.length) throw new Error(`${postings.length} postings but ${labels.length} labels`);
  const pairs: GoldPair[] = postings.map((posting, index) => {
    const expected = labels[index];
    if (expected?.id !== posting.id) throw new Error(`line ${index + 1}: posting ${posting.id} but label ${expected?.id}`);
    // The scrapers' own path: record → normalised posting → contract fields.
    return { id: posting.id, expected, got: toContractFields(posting.id, normalise(posting.source, posting.record)) };
  });
  const scores = scoreGold(pairs);
  console.log(`gold: ${goldDir} (${pairs.length} postings)`);
  console.log(scores.map((score) => `${score.field} ${percent(score.accuracy).trim()}`).join("  |  "));
  scores.forEach(printField);
  return 0;
});
