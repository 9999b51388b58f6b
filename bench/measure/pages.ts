// Server render time of every page (GETs against `next start` of the production build, with
// PULSE_DB at the benchmark database) and the JS each page ships: the bytes of the <script src>
// chunks its HTML names, read from .next/static.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { p50p95 } from "./results";

export type PageTimes = { path: string; p50: number; p95: number; status: number; jsBytes: number };

const NEXT = path.resolve("node_modules/.bin/next");
// A page slower than this stops after MIN_RUNS GETs.
const BUDGET_MS = 60_000;
const MIN_RUNS = 3;
// A page that takes longer than this is recorded at this time, with status 0.
const TIMEOUT_MS = 120_000;

async function timedGet(url: string): Promise<{ ms: number; status: number; html: string }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    const html = await response.text();
    return { ms: performance.now() - started, status: response.status, html };
  } catch {
    return { ms: performance.now() - started, status: 0, html: "" };
  }
}

export function ensureBuild(log: (line: string) => void, force: boolean): Promise<void> {
  if (!force && fs.existsSync(".next/BUILD_ID")) return Promise.resolve();
  log("next build (the pages are dynamic: one build serves every database)…");
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT, ["build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startNext(db: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(NEXT, ["start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", env: { ...process.env, PULSE_DB: db, NEXT_TELEMETRY_DISABLED: "1" } });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 300; tries++) {
    try {
      await fetch(`${base}/methodology`);
      return { base, child };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill();
  throw new Error("next start did not answer within 60 s");
}

function scriptBytes(html: string): number {
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!));
  let bytes = 0;
  for (const src of sources) {
    const file = src.startsWith("/_next/static/") ? path.join(".next/static", decodeURIComponent(src.slice("/_next/static/".length).split("?")[0]!)) : null;
    if (file && fs.existsSync(file)) bytes += fs.statSync(file).size;
  }
  return bytes;
}

export async function timePages(db: string, paths: string[], runs: number, log: (line: string) => void): Promise<PageTimes[]> {
  const { base, child } = await startNext(db);
  const results: PageTimes[] = [];
  try {
    for (const page of paths) {
      const warm = await timedGet(`${base}${page}`);
      const samples: number[] = [];
      let status = warm.status;
      const begun = performance.now();
      for (let run = 0; run < runs && (run < MIN_RUNS || performance.now() - begun < BUDGET_MS) && warm.status !== 0; run++) {
        const get = await timedGet(`${base}${page}`);
        if (get.status !== 200) status = get.status;
        samples.push(get.ms);
      }
      const times = { path: page, ...p50p95(samples.length ? samples : [warm.ms]), status, jsBytes: scriptBytes(warm.html) };
      log(`page ${page} (${samples.length} GETs): ${warm.status}, p95 ${times.p95.toFixed(0)} ms, JS ${(times.jsBytes / 1024).toFixed(0)} KB`);
      results.push(times);
    }
  } finally {
    child.kill("SIGTERM");
  }
  return results;
}
