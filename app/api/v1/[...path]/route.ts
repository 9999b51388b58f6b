import { readDb } from "@/db/server-db";
import { jsonResponse, withErrors } from "@/lib/api/respond";
import { namedAnswer } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** /api/v1/trends, /talent, /salaries, /use-cases (the aggregate views); anything else is a 404. */
export async function GET(request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  return withErrors(async () => {
    const { path } = await context.params;
    return jsonResponse(await readDb((db) => namedAnswer(db, path, new URL(request.url).searchParams)));
  });
}
