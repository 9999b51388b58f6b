import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export type StaticSite = {
  /** Origin of the site, e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  close(): Promise<void>;
};

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

const ALLOW_ALL = "User-agent: *\nAllow: /\n";

/** A loopback site serving the files of `dir`, 404 for anything else, with its own robots.txt. */
export async function startStaticSite(dir: string, options: { robotsTxt?: string } = {}): Promise<StaticSite> {
  const root = path.resolve(dir);
  const requests: string[] = [];
  const server = http.createServer(async (request, response) => {
    const target = new URL(request.url ?? "/", "http://site.test");
    requests.push(`${target.pathname}${target.search}`);
    if (target.pathname === "/robots.txt") return send(response, 200, "text/plain", options.robotsTxt ?? ALLOW_ALL);
    const file = path.resolve(root, `.${decodeURIComponent(target.pathname)}`);
    if (!file.startsWith(`${root}${path.sep}`)) return send(response, 404, "text/plain", "not found");
    try {
      const body = await fs.readFile(file);
      send(response, 200, CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream", body);
    } catch {
      send(response, 404, "text/plain", "not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function send(response: http.ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
  response.end(body);
}
