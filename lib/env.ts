import path from "node:path";
import { z } from "zod";
import { SEARCH_LIMIT } from "./search/fts-query";

// One place reads process.env; a bad value fails at start with the variable's name.
const envSchema = z.object({
  PULSE_DB: z.string().min(1).default("data/pulse.db"),
  PULSE_SNAPSHOT: z.string().min(1).default("../shared/snapshot"),
  PULSE_REPLAY_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  PULSE_REPLAY_URL: z.url().optional(),
  PULSE_CONTACT_URL: z.url().default("https://github.com/framework-pulse/framework-pulse"),
  // Overrides every source's pace; unset: each source's configured pace live, none against the loopback replay server.
  PULSE_HOST_PACE_MS: z.coerce.number().int().min(0).optional(),
  PULSE_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  PULSE_HTTP_RETRIES: z.coerce.number().int().min(0).max(10).default(4),
  PULSE_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  PULSE_CHROMIUM: z.string().min(1).default("/usr/bin/chromium"),
  PULSE_SOURCES_CONFIG: z.string().min(1).default("scrapers/sources.json"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The running dashboard the PDF renderer opens; unset: the CLI and the weekly job start their own `next start`.
  PULSE_APP_URL: z.url().optional(),
  PULSE_REPORTS_DIR: z.string().min(1).default("data/reports"),
  // How many matches a search counts and ranks before it stops (the explorer offers every match on demand).
  PULSE_SEARCH_LIMIT: z.coerce.number().int().min(25).max(10_000_000).default(SEARCH_LIMIT),
  PULSE_REPORTS_KEEP: z.coerce.number().int().min(1).max(520).default(8),
  // Unset: the admin routes (write actions) do not exist. Set: they need `Authorization: Bearer <it>`.
  PULSE_ADMIN_TOKEN: z.string().min(24, "an admin token is at least 24 characters (e.g. `openssl rand -hex 32`)").optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function snapshotDir(env: Env = readEnv()): string {
  return path.resolve(env.PULSE_SNAPSHOT);
}
