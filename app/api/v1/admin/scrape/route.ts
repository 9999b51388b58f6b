import { MethodNotAllowedError } from "@/lib/admin/errors";
import { withAdmin } from "@/lib/admin/gate";
import { runAdminScrape } from "@/lib/admin/scrape";
import { readScrapeRequest } from "@/lib/admin/scrape-request";
import { jsonResponse } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/admin/scrape {"source": "ashby"}: one run of one source (only with PULSE_ADMIN_TOKEN set). */
export async function POST(request: Request): Promise<Response> {
  return withAdmin(request, async (env) => jsonResponse(await runAdminScrape(await readScrapeRequest(request), env)));
}

// Gated like POST, so that with the feature off even the route's existence is not told.
async function otherMethod(request: Request): Promise<Response> {
  const response = await withAdmin(request, () => {
    throw new MethodNotAllowedError(`POST a scrape request; ${request.method} has nothing here`);
  });
  if (response.status === 405) response.headers.set("allow", "POST");
  return response;
}

export const GET = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
