import { errors, type Browser, type Route } from "playwright-core";

export type LoadedResource = { status: number; contentType: string; body: string };

/** Fetches one of the site's own resources through our HTTP layer (robots.txt, pace, retries, size cap). */
export type ResourceLoader = (url: string, accept: string) => Promise<LoadedResource>;

export type RenderOptions = {
  /** Selector that exists once the page's script has built what we read. */
  waitFor: string;
  /** For the whole render: navigation, the page's own requests and the wait. */
  timeoutMs: number;
  userAgent: string;
  load: ResourceLoader;
};

export const RENDER_ERROR_KINDS = ["render-timeout", "render"] as const;
export type RenderErrorKind = (typeof RENDER_ERROR_KINDS)[number];

export class RenderError extends Error {
  override readonly name = "RenderError";
  constructor(
    readonly url: string,
    readonly kind: RenderErrorKind,
    message: string,
  ) {
    super(`${kind} for ${url}: ${message}`);
  }
}

// The DOM needs documents, scripts and the data they fetch; images, fonts and styles would only cost paced requests.
const LOADED_TYPES = new Set(["document", "script", "xhr", "fetch"]);

/**
 * The page's DOM after its script ran. Chromium itself never reaches the network: the site's own
 * requests are answered by `load`, every other host is refused.
 */
export async function renderPage(browser: Browser, url: string, options: RenderOptions): Promise<string> {
  const refused: string[] = [];
  const context = await browser.newContext({ userAgent: options.userAgent, serviceWorkers: "block", acceptDownloads: false });
  try {
    await context.route("**/*", (route) => serve(route, new URL(url).host, options.load, refused));
    await context.routeWebSocket(() => true, (socket) => socket.close());
    const page = await context.newPage();
    const deadline = Date.now() + options.timeoutMs;
    await page.goto(url, { waitUntil: "commit", timeout: options.timeoutMs });
    await page.waitForSelector(options.waitFor, { state: "attached", timeout: Math.max(1, deadline - Date.now()) });
    return await page.content();
  } catch (error) {
    if (error instanceof RenderError) throw error;
    const refusals = refused.length ? ` (refused: ${refused.slice(0, 5).join("; ")})` : "";
    if (error instanceof errors.TimeoutError) {
      throw new RenderError(url, "render-timeout", `"${options.waitFor}" did not appear within ${options.timeoutMs} ms${refusals}`);
    }
    throw new RenderError(url, "render", `${error instanceof Error ? error.message : String(error)}${refusals}`);
  } finally {
    // Handlers still waiting on the HTTP layer must not answer into a closed context.
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await context.close();
  }
}

async function serve(route: Route, siteHost: string, load: ResourceLoader, refused: string[]): Promise<void> {
  const request = route.request();
  const target = new URL(request.url());
  if (target.host !== siteHost) {
    refused.push(`other host ${target.origin}`);
    return route.abort("blockedbyclient");
  }
  if (request.method() !== "GET" || !LOADED_TYPES.has(request.resourceType())) return route.abort("blockedbyclient");
  let resource: LoadedResource;
  try {
    resource = await load(request.url(), request.headers()["accept"] ?? "*/*");
  } catch (error) {
    refused.push(error instanceof Error ? error.message : String(error));
    return route.abort("failed");
  }
  await route.fulfill({ status: resource.status, contentType: resource.contentType, body: resource.body });
}
