import { readDb, searchLimit } from "@/db/server-db";
import { jsonResponse, withErrors } from "@/lib/api/respond";
import { postingsAnswer } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withErrors(async () => jsonResponse(await readDb((db) => postingsAnswer(db, new URL(request.url).searchParams, new Date(), searchLimit()))));
}
