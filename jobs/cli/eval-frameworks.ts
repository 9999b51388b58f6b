// Measures extractFrameworks against the labelled gold set: npm run eval:frameworks
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { scoreSets, type SetRow } from "@/lib/eval/score-sets";
import type { FrameworkMention } from "@/lib/extract/frameworks";
import { normalise } from "@/lib/normalise/normalise";
import { FRAMEWORKS } from "@/lib/taxonomy";

const goldDir = path.resolve(z.string().min(1).default("../shared/gold").parse(process.env.PULSE_GOLD || undefined));

const postingLine = z.object({ id: z.string(), source: z.string(), record: z.unknown() });
const labelLine = z.looseObject({ id: z.string(), frameworks: z.array(z.enum(FRAMEWORKS)) });

function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  const lines = readFileSync(path.join(goldDir, file), "utf8").split("\n").filter((line) => line.trim() !== "");
  return lines.map((line, index) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? "invalid line"}`);
    return parsed.data;
  });
}

const postings = readJsonLines("postings.jsonl", postingLine);
const labels = readJsonLines("labels.jsonl", labelLine);
if (postings.length !== labels.length) throw new Error(`${postings.length} postings but ${labels.length} labels`);

const mentionsById = new Map<string, FrameworkMention[]>();
const rows: SetRow[] = postings.map((posting, index) => {
  const label = labels[index];
  if (label?.id !== posting.id) throw new Error(`line ${index + 1}: posting ${posting.id} but label ${label?.id}`);
  // The scrapers' own path: record → normalised posting.
  const mentions = normalise(posting.source, posting.record).frameworks;
  mentionsById.set(posting.id, mentions);
  return { id: posting.id, expected: [...label.frameworks].sort(), got: mentions.map((m) => m.framework).sort() };
});

const scores = scoreSets(rows, FRAMEWORKS);
const percent = (value: number | null) => (value === null ? "   -  " : `${(value * 100).toFixed(1).padStart(5)}%`);

console.log(`gold: ${goldDir}`);
console.log(`frameworks exact-set accuracy: ${scores.exact} / ${scores.total} = ${percent(scores.accuracy).trim()}`);
console.log("label        precision  recall  support   tp  fp  fn");
for (const s of scores.labels) {
  const counts = [s.truePositives, s.falsePositives, s.falseNegatives].map((n) => String(n).padStart(3)).join(" ");
  console.log(`${s.label.padEnd(12)} ${percent(s.precision).padStart(9)} ${percent(s.recall).padStart(7)} ${String(s.support).padStart(8)}  ${counts}`);
}
if (scores.disagreements.length > 0) console.log(`\ndisagreements (${scores.disagreements.length}):`);
for (const row of scores.disagreements) {
  console.log(`- ${row.id}  expected [${row.expected.join(", ")}]  got [${row.got.join(", ")}]`);
  for (const mention of mentionsById.get(row.id) ?? []) {
    console.log(`    ${mention.framework} (${mention.context}): ${mention.snippet}`);
  }
}
