import { z } from "zod";

export const FAULT_KINDS = ["delay", "status", "rate-limit", "truncate", "reset", "robots-disallow", "stall", "content-type"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const faultSchema = z
  .object({
    /** A substring of the real URL, or a host. */
    match: z.string().min(1),
    kind: z.enum(FAULT_KINDS),
    /** How many matching requests it affects; unlimited when absent. */
    times: z.number().int().min(1).optional(),
    ms: z.number().int().min(0).optional(),
    status: z.number().int().min(100).max(599).optional(),
    /** Seconds, sent as Retry-After on the 429; no header when absent. */
    retryAfter: z.number().int().min(0).optional(),
    /** Path prefix for robots-disallow; "/" when absent. */
    disallow: z.string().startsWith("/").optional(),
    /** The Content-Type a "content-type" fault answers with, instead of the recorded one. */
    contentType: z.string().min(1).optional(),
    /** The body a "content-type" fault answers with (a login or error page); the recorded body when absent. */
    body: z.string().optional(),
  })
  .strict()
  .refine((fault) => fault.kind !== "delay" || fault.ms !== undefined, { message: 'a "delay" fault needs ms', path: ["ms"] })
  .refine((fault) => fault.kind !== "status" || fault.status !== undefined, {
    message: 'a "status" fault needs status',
    path: ["status"],
  })
  .refine((fault) => fault.kind !== "stall" || fault.ms !== undefined, { message: 'a "stall" fault needs ms', path: ["ms"] })
  .refine((fault) => fault.kind !== "content-type" || fault.contentType !== undefined, {
    message: 'a "content-type" fault needs contentType',
    path: ["contentType"],
  });

export const faultListSchema = z.array(faultSchema);
export type Fault = z.infer<typeof faultSchema>;

/** Parses a fault list from untrusted JSON text; throws an Error whose message says what is wrong. */
export function parseFaults(jsonText: string): Fault[] {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    throw new Error(`faults are not valid JSON: ${(error as Error).message}`);
  }
  const parsed = faultListSchema.safeParse(json);
  if (!parsed.success) throw new Error(`invalid faults:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export type FaultPlan = {
  /** The first fault that applies to this request, using up one of its `times`; null if none. */
  take(realUrl: string): Fault | null;
};

export function createFaultPlan(faults: readonly Fault[]): FaultPlan {
  const remaining = faults.map((fault) => fault.times ?? Number.POSITIVE_INFINITY);
  return {
    take(realUrl) {
      const index = faults.findIndex((fault, i) => (remaining[i] ?? 0) > 0 && faultApplies(fault, realUrl));
      const fault = faults[index];
      if (!fault) return null;
      remaining[index] = (remaining[index] ?? 0) - 1;
      return fault;
    },
  };
}

function faultApplies(fault: Fault, realUrl: string): boolean {
  const host = hostOf(realUrl);
  if (fault.kind !== "robots-disallow") return realUrl.includes(fault.match) || fault.match.toLowerCase() === host;
  // A robots fault names a site: any match whose host is this one counts, even "host/some/path".
  return ROBOTS_URL.test(realUrl) && (realUrl.includes(fault.match) || hostOf(fault.match) === host);
}

const ROBOTS_URL = /^https?:\/\/[^/?#]+\/robots\.txt(?:\?|$)/i;

// "news.ycombinator.com", "https://news.ycombinator.com/item?id=1" → "news.ycombinator.com"
function hostOf(urlOrHost: string): string {
  return (urlOrHost.replace(/^https?:\/\//i, "").split(/[/?#]/)[0] ?? "").toLowerCase();
}

export function robotsTxtFor(fault: Fault): string {
  return `User-agent: *\nDisallow: ${fault.disallow ?? "/"}\n`;
}
