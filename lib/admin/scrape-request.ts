import { z } from "zod";
import { InvalidParametersError } from "@/lib/api/errors";
import { parseParams, rawParams } from "@/lib/api/search-params";
import { monthSchema } from "@/lib/months";

const MAX_BODY_BYTES = 4096;

/** What to scrape, as `scrape -- --source X [--from] [--to] [--force]` takes it. */
export type ScrapeRequest = { source: string; from?: string; to?: string; force: boolean };

const scrapeRequestSchema = z
  .strictObject({
    source: z.string().regex(/^[a-z][a-z-]{1,30}$/, "a source is a name such as hn or ashby"),
    from: monthSchema.optional(),
    to: monthSchema.optional(),
    // JSON sends a boolean, a query string the word.
    force: z.union([z.boolean(), z.stringbool()]).default(false),
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: "from must not be after to", path: ["from"] });

/** The request's JSON body, or its query string when the body is empty; a 400 for anything else. */
export async function readScrapeRequest(request: Request): Promise<ScrapeRequest> {
  const body = await cappedText(request);
  const search = new URL(request.url).searchParams;
  if (body.trim() === "") return parseParams(scrapeRequestSchema, rawParams(search));
  if (search.size > 0) throw new InvalidParametersError([{ param: "parameters", message: "send the parameters in the JSON body or the query string, not both" }]);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new InvalidParametersError([{ param: "body", message: 'the body is not JSON; send {"source": "<name>"}' }]);
  }
  const parsed = scrapeRequestSchema.safeParse(json);
  if (!parsed.success) throw InvalidParametersError.fromZod(parsed.error);
  return parsed.data;
}

async function cappedText(request: Request): Promise<string> {
  const tooLarge = new InvalidParametersError([{ param: "body", message: `the body is at most ${MAX_BODY_BYTES} bytes` }]);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge;
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw tooLarge;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
