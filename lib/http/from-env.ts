import type { Env } from "@/lib/env";
import { HttpClient } from "./client";

export const PRODUCT_AGENT = "FrameworkPulse/0.1";
const LIVE_HOST_PACE_MS = 1000;

export function userAgent(contactUrl: string): string {
  return `${PRODUCT_AGENT} (+${contactUrl}; job-market research bot)`;
}

export function httpClientFromEnv(env: Env): HttpClient {
  return new HttpClient({
    userAgent: userAgent(env.PULSE_CONTACT_URL),
    replayBase: env.PULSE_REPLAY_URL,
    paceMs: LIVE_HOST_PACE_MS,
    forcePaceMs: env.PULSE_HOST_PACE_MS ?? (env.PULSE_REPLAY_URL ? 0 : undefined),
    timeoutMs: env.PULSE_HTTP_TIMEOUT_MS,
    retries: env.PULSE_HTTP_RETRIES,
    maxBodyBytes: env.PULSE_MAX_BODY_BYTES,
  });
}
