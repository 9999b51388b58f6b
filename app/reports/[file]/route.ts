import fs from "node:fs";
import { Readable } from "node:stream";
import { InvalidParametersError, NotFoundError } from "@/lib/api/errors";
import { withErrors } from "@/lib/api/respond";
import { readEnv } from "@/lib/env";
import { isReportFileName, resolveReportFile } from "@/lib/reports/files";

export const dynamic = "force-dynamic";

const CONTENT_TYPES = { pdf: "application/pdf", csv: "text/csv; charset=utf-8" } as const;

/** One file of the reports folder, by its exact report name; anything that is not one is refused. */
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return withErrors(async () => {
    const { file: name } = await context.params;
    if (!isReportFileName(name)) throw new InvalidParametersError([{ param: "file", message: "not a report file name (framework-pulse-YYYY-MM-DD.pdf or framework-pulse-YYYY-MM-DD-trends.csv)" }]);
    const file = resolveReportFile(readEnv().PULSE_REPORTS_DIR, name);
    if (!file) throw new NotFoundError(`no report ${name}`);
    const stream = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
    return new Response(stream, {
      headers: {
        "content-type": CONTENT_TYPES[name.endsWith(".pdf") ? "pdf" : "csv"],
        "content-disposition": `attachment; filename="${name}"`,
        "content-length": String(fs.statSync(file).size),
        "cache-control": "no-store",
      },
    });
  });
}
