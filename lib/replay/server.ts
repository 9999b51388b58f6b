import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { createFaultPlan, faultListSchema, parseFaults, robotsTxtFor, type Fault } from "@/lib/replay/faults";
import { createMatcher, loadManifest, type RecordedResponse } from "@/lib/replay/manifest";
import { fromReplayRequest, ReplayPathError } from "@/lib/replay/url-mapping";

export type ReplayRequestLog = {
  /** Arrival time, ms since the epoch. */
  at: number;
  method: string;
  /** The real URL the request stands for (the raw request target if it could not be mapped). */
  url: string;
  /** 0 while no response head has been sent (a delay in progress, or the client gave up). */
  status: number;
  headers: Record<string, string | undefined>;
};

export type ReplayServer = {
  url: string;
  port: number;
  recordedCount: number;
  setFaults(faults: Fault[]): void;
  requests: ReplayRequestLog[];
  close(): Promise<void>;
};

export type ReplayServerOptions = { snapshotDir: string; host?: string; port?: number; faults?: Fault[] };

type Body = { size: number; contentType: string; open(end: number): Readable };
type Headers = Record<string, string | number>;

const CONTROL_PREFIX = "/__replay/";
const MAX_LOGGED_REQUESTS = 10_000;
const MAX_CONTROL_BODY_BYTES = 1024 * 1024;
const MAX_RESET_BYTES = 64 * 1024;

export async function createReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const recorded = await loadManifest(options.snapshotDir);
  const match = createMatcher(recorded);
  const bodyInfo = createBodyInfoCache();
  const shutdown = new AbortController();
  const requests: ReplayRequestLog[] = [];
  let faultPlan = createFaultPlan(faultListSchema.parse(options.faults ?? []));
  const setFaults = (faults: Fault[]): void => {
    faultPlan = createFaultPlan(faultListSchema.parse(faults));
  };

  async function replay(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const target = req.url ?? "/";
    const log: ReplayRequestLog = { at: Date.now(), method: req.method ?? "GET", url: target, status: 0, headers: flatHeaders(req) };
    requests.push(log);
    if (requests.length > MAX_LOGGED_REQUESTS) requests.splice(0, requests.length - MAX_LOGGED_REQUESTS);
    const send = (status: number, headers: Headers, body: Body, fault: Fault | null = null): Promise<void> => {
      log.status = status;
      return sendBody(req, res, status, headers, body, fault, shutdown.signal);
    };

    let realUrl: string;
    try {
      realUrl = fromReplayRequest(target);
    } catch (error) {
      if (!(error instanceof ReplayPathError)) throw error;
      return send(400, {}, jsonBody({ error: error.message }));
    }
    log.url = realUrl;

    const fault = faultPlan.take(realUrl);
    if (fault?.kind === "delay") {
      const stalled = await sleep(fault.ms ?? 0, true, { signal: shutdown.signal }).catch(() => false);
      if (!stalled || req.socket.destroyed) return void res.destroy();
    }
    if (fault?.kind === "status") return send(fault.status ?? 503, {}, jsonBody({ error: `fault: status ${fault.status}`, url: realUrl }));
    if (fault?.kind === "rate-limit") {
      const retryAfter: Headers = fault.retryAfter === undefined ? {} : { "Retry-After": fault.retryAfter };
      return send(429, retryAfter, jsonBody({ error: "fault: rate limited", url: realUrl }));
    }
    if (fault?.kind === "robots-disallow") {
      return send(200, {}, bufferBody(Buffer.from(robotsTxtFor(fault)), "text/plain; charset=utf-8"));
    }

    const entry = match(realUrl);
    if (!entry) return send(404, {}, jsonBody({ error: "not recorded", url: realUrl }), fault);
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(405, { Allow: "GET, HEAD" }, jsonBody({ error: "only GET and HEAD are recorded", url: realUrl }));
    }
    const info = await bodyInfo(entry).catch(() => null);
    if (!info) return send(500, {}, jsonBody({ error: "recorded body is missing", url: realUrl }));

    const headers: Headers = {
      ETag: info.etag,
      "Last-Modified": entry.recordedDate.toUTCString(),
      Date: entry.recordedDate.toUTCString(),
    };
    const file: Body = { size: info.size, contentType: entry.contentType, open: (end) => fileRange(entry.bodyPath, end) };
    // A page served in place of the data (a login or error page) ignores conditional requests.
    if (fault?.kind === "content-type") {
      const body = fault.body === undefined ? file : bufferBody(Buffer.from(fault.body), "");
      const pageHeaders = fault.body === undefined ? headers : { Date: new Date().toUTCString() };
      return send(entry.status, pageHeaders, { ...body, contentType: fault.contentType ?? "text/html" }, fault);
    }
    if (isNotModified(req, info.etag, entry.recordedDate)) {
      log.status = 304;
      res.writeHead(304, { "Content-Type": entry.contentType, ...headers }).end();
      return;
    }
    return send(entry.status, headers, file, fault);
  }

  async function control(req: http.IncomingMessage, res: http.ServerResponse, route: string): Promise<void> {
    const answer = (status: number, value: unknown) => sendBody(req, res, status, {}, jsonBody(value), null);
    if (route === "health" && req.method === "GET") return answer(200, { ok: true, recorded: recorded.length });
    if (route === "requests" && req.method === "GET") return answer(200, requests);
    if (route === "faults" && req.method === "PUT") {
      try {
        const faults = parseFaults(await readText(req));
        setFaults(faults);
        return answer(200, { ok: true, faults: faults.length });
      } catch (error) {
        return answer(400, { error: (error as Error).message });
      }
    }
    return answer(404, { error: `no control endpoint ${req.method} ${CONTROL_PREFIX}${route}` });
  }

  const server = http.createServer((req, res) => {
    const target = req.url ?? "/";
    const route = target.slice(CONTROL_PREFIX.length).split("?")[0] ?? "";
    const handled = target.startsWith(CONTROL_PREFIX) ? control(req, res, route) : replay(req, res);
    handled.catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      sendBody(req, res, 500, {}, jsonBody({ error: (error as Error).message }), null).catch(() => res.destroy());
    });
  });

  // A demo or test that runs this server in-process can block the event loop for seconds with an
  // ingest batch; a short keep-alive would then close sockets the client is about to reuse (ECONNRESET).
  server.keepAliveTimeout = 65_000;

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    recordedCount: recorded.length,
    setFaults,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        shutdown.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// Head, then the body; a truncate fault sends the first half with a matching Content-Length,
// a reset fault sends the full length's head and part of the body, then resets the socket,
// a stall fault sends the full length's head and part of the body, then waits before the rest.
async function sendBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  headers: Headers,
  body: Body,
  fault: Fault | null,
  signal: AbortSignal = new AbortController().signal,
): Promise<void> {
  const sentBytes = fault?.kind === "truncate" ? Math.floor(body.size / 2) : body.size;
  res.writeHead(status, { "Content-Type": body.contentType, ...headers, "Content-Length": sentBytes });
  if (req.method === "HEAD") return void res.end();
  if (fault?.kind === "reset") {
    const partial = Buffer.concat(await body.open(Math.min(Math.floor(body.size / 2), MAX_RESET_BYTES)).toArray());
    return void res.write(partial, () => res.socket?.resetAndDestroy());
  }
  if (fault?.kind === "stall") return stallBody(res, body, fault.ms ?? 0, signal);
  await pipeline(body.open(sentBytes), res);
}

// Half the body, then nothing for `ms` (the client's body timeout should fire first), then the rest.
async function stallBody(res: http.ServerResponse, body: Body, ms: number, signal: AbortSignal): Promise<void> {
  const half = Buffer.concat(await body.open(Math.min(Math.floor(body.size / 2), MAX_RESET_BYTES)).toArray());
  res.write(half);
  const waited = await sleep(ms, true, { signal }).catch(() => false);
  if (!waited || res.destroyed) return void res.destroy();
  const whole = Buffer.concat(await body.open(body.size).toArray());
  res.end(whole.subarray(half.length));
}

function isNotModified(req: http.IncomingMessage, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag);
  }
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

// Each body is hashed once; a failed read is forgotten so a restored file is picked up.
function createBodyInfoCache(): (entry: RecordedResponse) => Promise<{ size: number; etag: string }> {
  const cache = new Map<string, Promise<{ size: number; etag: string }>>();
  return (entry) => {
    let info = cache.get(entry.bodyPath);
    if (!info) {
      info = hashFile(entry.bodyPath);
      info.catch(() => cache.delete(entry.bodyPath));
      cache.set(entry.bodyPath, info);
    }
    return info;
  };
}

async function hashFile(filePath: string): Promise<{ size: number; etag: string }> {
  const { size } = await stat(filePath);
  const hash = createHash("sha256");
  await pipeline(createReadStream(filePath), hash);
  return { size, etag: `"${hash.digest("base64url").slice(0, 27)}"` };
}

function fileRange(filePath: string, end: number): Readable {
  return end <= 0 ? Readable.from([]) : createReadStream(filePath, { start: 0, end: end - 1 });
}

function bufferBody(buffer: Buffer, contentType: string): Body {
  return { size: buffer.length, contentType, open: (end) => Readable.from([buffer.subarray(0, end)]) };
}

function jsonBody(value: unknown): Body {
  return bufferBody(Buffer.from(JSON.stringify(value)), "application/json");
}

function flatHeaders(req: http.IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]));
}

async function readText(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    length += (chunk as Buffer).length;
    if (length > MAX_CONTROL_BODY_BYTES) throw new Error(`request body over ${MAX_CONTROL_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
