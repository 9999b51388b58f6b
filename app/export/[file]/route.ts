import { openDb } from "@/db/client";
import { withErrors } from "@/lib/api/respond";
import { readEnv } from "@/lib/env";
import { exportResponse } from "@/lib/export/respond";
import { parseExportFile } from "@/lib/export/views";

export const dynamic = "force-dynamic";

/** /export/<view>.csv and /export/<view>.json with the page's own URL parameters. */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  return withErrors(async () => {
    const { view, format } = parseExportFile((await context.params).file);
    // A connection of the export's own: a long download never holds the pages' connection.
    return exportResponse({ view, format, search: new URL(request.url).searchParams }, () => openDb(readEnv().PULSE_DB, { readonly: true }));
  });
}
