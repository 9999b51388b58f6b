import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/browser/chromium";

// Tests launch the same Chromium, with the same flags, as the careers scraper.
export { CHROMIUM_PATH, launchChromium } from "@/lib/browser/chromium";

/**
 * Chromium whose Local Network Access checks are off: a page whose document was served by
 * `route.fulfill` counts as public and may not call loopback, which would hide what our own
 * blocking of other hosts does when both test hosts are on 127.0.0.1.
 */
export function launchChromiumAllowingLoopback(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"] });
}
