import { stringify } from "csv-stringify/sync";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDb } from "@/db/client";
import { getMonthlyFrameworkCounts, trendFilterSchema } from "@/db/queries/trends";
import { readEnv } from "@/lib/env";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { runCli } from "./run-cli";

const USAGE = "usage: npm run --silent report -- trends [--source hn] [--from YYYY-MM] [--to YYYY-MM] [--format csv|json|table]";
const argsSchema = trendFilterSchema.extend({ view: z.literal("trends", { error: "the only view so far is `trends`" }), format: z.enum(["csv", "json", "table"]).default("table") });

function main(): number {
  let args;
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { source: { type: "string" }, from: { type: "string" }, to: { type: "string" }, format: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
    const parsed = argsSchema.safeParse({ ...values, view: positionals[0] });
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "arguments"}: ${i.message}`).join("; "));
    args = parsed.data;
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const env = readEnv();
  const db = openDb(env.PULSE_DB, { readonly: true });
  const rows = getMonthlyFrameworkCounts(db, args);
  db.$client.close();
  const columns = ["month", "postings", ...FRAMEWORKS] as const;
  if (args.format === "csv") process.stdout.write(stringify(rows, { header: true, columns: [...columns] }));
  else if (args.format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else console.table(rows);
  return 0;
}

runCli("report", main);
