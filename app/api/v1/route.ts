import { jsonResponse, withErrors } from "@/lib/api/respond";
import { indexAnswer } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return withErrors(() => jsonResponse(indexAnswer()));
}
