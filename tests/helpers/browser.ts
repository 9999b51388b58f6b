import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.PULSE_CHROMIUM ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps trying to reach the internet, which this machine refuses.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
