import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Env } from "@/lib/env";

export type AppServer = { url: string; stop(): Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** `next start` of the production build on a free loopback port, reading `env.PULSE_DB`. */
export async function startAppServer(env: Env, timeoutMs = 60_000): Promise<AppServer> {
  if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) throw new Error("no production build of the dashboard: run `npm run build` first, or set PULSE_APP_URL");
  const port = await freePort();
  // The real server binary, not `npx`: stopping npx would leave next running.
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PULSE_DB: path.resolve(env.PULSE_DB), PULSE_APP_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/icon.svg`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer within ${timeoutMs} ms:\n${output}`);
}

/** Runs `work` against PULSE_APP_URL when set, else against a `next start` of our own, stopped afterwards. */
export async function withAppServer<T>(env: Env, work: (appUrl: string) => Promise<T>): Promise<T> {
  if (env.PULSE_APP_URL) return work(env.PULSE_APP_URL);
  const server = await startAppServer(env);
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}
