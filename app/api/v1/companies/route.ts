import { readDb } from "@/db/server-db";
import { jsonResponse, withErrors } from "@/lib/api/respond";
import { companiesAnswer } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withErrors(async () => jsonResponse(await readDb((db) => companiesAnswer(db, new URL(request.url).searchParams))));
}
