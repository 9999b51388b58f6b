// The extract contract: npm run --silent extract -- <input.jsonl>
// Reads {"id","source","record"} lines and prints one line of TAXONOMY fields per input, through normalise().
import { readFileSync } from "node:fs";
import { z } from "zod";
import { contractInputSchema, toContractFields } from "@/lib/eval/contract";
import { normalise } from "@/lib/normalise/normalise";
import { runCli } from "./run-cli";

runCli("extract", () => {
  const file = process.argv[2];
  if (!file) throw new Error("usage: npm run --silent extract -- <input.jsonl>");
  let failed = 0;
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      try {
        const input = contractInputSchema.parse(JSON.parse(line));
        console.log(JSON.stringify(toContractFields(input.id, normalise(input.source, input.record))));
      } catch (error) {
        failed += 1;
        console.error(`extract: line ${index + 1}: ${describe(error)}`);
      }
    });
  return failed > 0 ? 1 : 0;
});

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `not JSON (${error.message})`;
  if (error instanceof z.ZodError) return error.issues.map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`).join("; ");
  return error instanceof Error ? error.message : String(error);
}
