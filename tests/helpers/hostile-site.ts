import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { hostilePosting, seedHostilePosting, startCanary, type Canary, type HostilePosting } from "./canary";
import { startNextServer } from "./next-server";
import { seedDashboard } from "./seed-dashboard";
import { createTempDb } from "./temp-db";

export type HostileSite = {
  temp: ReturnType<typeof createTempDb>;
  server: Awaited<ReturnType<typeof startNextServer>>;
  browser: Browser;
  canary: Canary;
  hostile: HostilePosting;
  hostileId: number;
  /** The server's reports folder. */
  reportsDir: string;
  close(): Promise<void>;
};

/**
 * The dashboard's seeded data plus one posting whose scraped text tries every way to run or load
 * something (each calls the canary), served by `next start` (no admin token), and a Chromium.
 */
export async function startHostileSite(): Promise<HostileSite> {
  const canary = await startCanary();
  const hostile = hostilePosting(canary.url);
  const temp = createTempDb();
  await seedDashboard(temp.db);
  const hostileId = seedHostilePosting(temp.db, hostile);
  const reportsDir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-security-reports-"));
  const server = await startNextServer({ PULSE_DB: temp.file, PULSE_REPORTS_DIR: reportsDir });
  const browser = await launchChromium();
  return {
    temp,
    server,
    browser,
    canary,
    hostile,
    hostileId,
    reportsDir,
    async close() {
      await browser.close();
      await server.stop();
      await canary.close();
      temp.cleanup();
      fs.rmSync(reportsDir, { recursive: true, force: true });
    },
  };
}
