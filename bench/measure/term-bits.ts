// What termBits costs at ingest: µs per posting over the real sample's postings (the recorded web
// through the real pipeline, bench/generate/real-sample.ts), texts read outside the clock.
// `npx tsx --conditions=react-server bench/measure/term-bits.ts [db] [rounds]`
import Database from "better-sqlite3";
import { REAL_SAMPLE_DB } from "@/bench/generate/real-sample";
import { termBits, type PostingText } from "@/lib/evidence/term-bits";

const [file = REAL_SAMPLE_DB, roundsArg = "5"] = process.argv.slice(2);
const db = new Database(file, { readonly: true, fileMustExist: true });
const postings = db.prepare("select title, company, description from postings").all() as PostingText[];
db.close();

const nonAscii = (p: PostingText) => /[^\0-\x7f]/.test(p.title + (p.company ?? "") + p.description);
const sets = { all: postings, ascii: postings.filter((p) => !nonAscii(p)), "non-ascii": postings.filter(nonAscii) };
let sink = 0;
for (const p of postings) sink ^= termBits(p); // warm-up: compile the regexes, build the tables' caches

for (const [name, set] of Object.entries(sets)) {
  const perPosting: number[] = [];
  for (let round = 0; round < Number(roundsArg); round++) {
    const start = process.hrtime.bigint();
    for (const p of set) sink ^= termBits(p);
    perPosting.push(Number(process.hrtime.bigint() - start) / 1000 / set.length);
  }
  const sorted = [...perPosting].sort((a, b) => a - b);
  const chars = set.reduce((n, p) => n + p.title.length + (p.company?.length ?? 0) + p.description.length, 0) / set.length;
  console.log(`${name}: ${set.length} postings, ${chars.toFixed(0)} chars each; µs/posting per round ${perPosting.map((us) => us.toFixed(2)).join(" ")} (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)})`);
}
const counts = new Map<number, number>();
for (const p of postings) {
  const bits = termBits(p);
  for (let bit = 1; bit <= bits; bit <<= 1) if (bits & bit) counts.set(bit, (counts.get(bit) ?? 0) + 1);
}
console.log(`postings per bit: ${[...counts].sort(([a], [b]) => a - b).map(([bit, n]) => `${bit}:${n}`).join(" ")} (${sink & 0})`);
