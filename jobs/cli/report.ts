import { parseArgs } from "node:util";
import { openDb } from "@/db/client";
import { writeCsv } from "@/lib/csv/write-csv";
import { readEnv } from "@/lib/env";
import { runPdfReport } from "./report-pdf";
import { VIEWS } from "./report-views";
import { runCli } from "./run-cli";

const USAGE = [
  "usage: npm run --silent report -- <view> [options] [--format csv|json|table]",
  "       npm run report -- pdf --out report.pdf [--from YYYY-MM] [--to YYYY-MM] [--year YYYY]",
  ...Object.values(VIEWS).map((view) => `  ${view.usage}`),
].join("\n");
const OPTIONS = ["source", "from", "to", "format", "year", "framework", "role", "seniority", "region", "relation", "by", "origin"] as const;

function main(): number {
  let prepared;
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: Object.fromEntries(OPTIONS.map((name) => [name, { type: "string" as const }])),
      allowPositionals: true,
      strict: true,
    });
    const name = positionals[0];
    const view = name === undefined ? undefined : VIEWS[name];
    if (!view) throw new Error(`view: expected one of ${Object.keys(VIEWS).join(", ")}, got ${name ?? "nothing"}`);
    if (positionals.length > 1) throw new Error(`unexpected argument ${positionals[1]}`);
    prepared = view.parse(values);
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const env = readEnv();
  const db = openDb(env.PULSE_DB, { readonly: true });
  const { rows, columns, comments } = prepared.run(db);
  db.$client.close();
  if (prepared.format === "csv") process.stdout.write(writeCsv(rows, columns, comments));
  else if (prepared.format === "json") process.stdout.write(`${JSON.stringify(comments.length ? { notes: comments, rows } : rows, null, 2)}\n`);
  else {
    for (const line of comments) console.log(`# ${line}`);
    console.table(rows);
  }
  return 0;
}

// The PDF report renders the dashboard's print page in Chromium: its own arguments and module.
runCli("report", () => (process.argv[2] === "pdf" ? runPdfReport(process.argv.slice(3)) : main()));
