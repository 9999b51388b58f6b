import { chromium, type Browser } from "playwright-core";
import { readEnv } from "@/lib/env";

// Debian's Chromium, never a downloaded one: this machine has no route to Playwright's CDN.
export const CHROMIUM_PATH = readEnv().PULSE_CHROMIUM;

// Without the background-networking flags Chromium keeps trying to reach the internet on its own.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** One headless Chromium; the caller closes it (in a `finally`), one browser per run. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
