import { listSurveyYears } from "@/db/queries/supply";
import { readDb } from "@/db/server-db";
import { withErrors } from "@/lib/api/respond";
import { rawParams, strictRaw, withoutProblems } from "@/lib/api/search-params";
import { readEnv } from "@/lib/env";
import { renderReportPdf } from "@/lib/report/render-pdf";
import { serialQueue } from "@/lib/report/serial";
import { parseReportParams, reportParamsSchema } from "../report/search-params";

export const dynamic = "force-dynamic";

const oneAtATime = serialQueue();

/** /report.pdf?from&to&year: the report page, rendered by Chromium from this same server. */
export async function GET(request: Request): Promise<Response> {
  return withErrors(async () => {
    const given = strictRaw(reportParamsSchema, rawParams(new URL(request.url).searchParams));
    const params = withoutProblems(parseReportParams(given, await readDb(listSurveyYears)));
    const search = new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
    const env = readEnv();
    // Never the request's Host header: the server opens its own loopback address (next start sets PORT).
    const appUrl = env.PULSE_APP_URL ?? `http://127.0.0.1:${env.PORT}`;
    const pdf = await oneAtATime(() => renderReportPdf({ appUrl, search }));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="framework-pulse-report-${new Date().toISOString().slice(0, 10)}.pdf"`,
        "cache-control": "no-store",
      },
    });
  });
}
