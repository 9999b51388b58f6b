import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseReportParams, reportParamsSchema } from "@/app/report/search-params";
import { openDb } from "@/db/client";
import { listSurveyYears } from "@/db/queries/supply";
import { AppError } from "@/lib/api/errors";
import { strictRaw, withoutProblems } from "@/lib/api/search-params";
import { readEnv, type Env } from "@/lib/env";
import { withAppServer } from "@/lib/report/app-server";
import { renderReportPdf } from "@/lib/report/render-pdf";
import { runCli } from "./run-cli";

export const PDF_USAGE = "usage: npm run report -- pdf --out report.pdf [--from YYYY-MM] [--to YYYY-MM] [--year YYYY]";

type Io = { log(line: string): void; error(line: string): void };

/**
 * `npm run report -- pdf --out report.pdf [filters]`: renders /report to a PDF, from PULSE_APP_URL
 * when set, else from a `next start` of the built app that it starts and stops. `args` are the
 * arguments after `pdf`. Returns the exit code: 0 written, 2 bad arguments, 1 render failed.
 */
export async function runPdfReport(args: string[], io: Io = { log: console.log, error: console.error }, env: Env = readEnv()): Promise<number> {
  let out: string;
  let search: URLSearchParams;
  try {
    const { values } = parseArgs({ args, options: { out: { type: "string" }, from: { type: "string" }, to: { type: "string" }, year: { type: "string" } }, strict: true });
    if (!values.out) throw new Error("--out: the PDF file to write is required");
    out = path.resolve(values.out);
    const given = strictRaw(reportParamsSchema, { from: values.from, to: values.to, year: values.year });
    const db = openDb(env.PULSE_DB, { readonly: true });
    let params;
    try {
      params = withoutProblems(parseReportParams(given, listSurveyYears(db)));
    } finally {
      db.$client.close();
    }
    search = new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
  } catch (error) {
    io.error(`report pdf: ${describe(error)}\n${PDF_USAGE}`);
    return 2;
  }
  try {
    const pdf = await withAppServer(env, (appUrl) => renderReportPdf({ appUrl, search }));
    // Written beside the target and renamed, so a reader never sees half a PDF.
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(`${out}.partial`, pdf);
    fs.renameSync(`${out}.partial`, out);
    io.log(`report pdf: wrote ${out} (${Math.round(pdf.length / 1024)} KB)`);
    return 0;
  } catch (error) {
    io.error(`report pdf: ${describe(error)}`);
    return 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof AppError && error.issues) return error.issues.map((issue) => `--${issue.param}: ${issue.message}`).join("; ");
  return error instanceof Error ? error.message : String(error);
}

// Until `npm run report -- pdf` routes here, the module also runs on its own:
// npx tsx --conditions=react-server jobs/cli/report-pdf.ts --out report.pdf [filters]
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) runCli("report pdf", () => runPdfReport(process.argv.slice(2)));
