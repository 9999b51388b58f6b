import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type ScrapeChild = {
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  stderr(): string;
  /** Resolves once the CLI has migrated the database and starts reading (its "scrape: …" line). */
  reading: Promise<void>;
  /** Resolves once stdout has a line matching `pattern` (or the process has exited). */
  printed(pattern: RegExp): Promise<void>;
  /** The exit code, or null when a signal ended it. */
  exited: Promise<number | null>;
  /** SIGKILL to the whole process group (npm, tsx and node alike), as a crash or the OOM killer would. */
  kill(): Promise<number | null>;
};

const live = new Set<ScrapeChild>();

/**
 * `tsx jobs/cli/scrape.ts <args>` (or `npm run scrape -- <args>`) as its own process group, with
 * `env` on top of this process's environment.
 */
export function spawnScrape(args: string[], env: Record<string, string>, options: { viaNpm?: boolean; uid?: number; gid?: number } = {}): ScrapeChild {
  const [command, commandArgs] = options.viaNpm
    ? ["npm", ["run", "--silent", "scrape", "--", ...args]]
    : [path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "jobs/cli/scrape.ts", ...args]];
  const child = spawn(command, commandArgs, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  let out = "";
  let err = "";
  let stdout = "";
  const waiting: Array<{ pattern: RegExp; resolve: () => void }> = [];
  const settle = () => {
    for (const wait of [...waiting]) {
      if (!wait.pattern.test(stdout) && child.exitCode === null && child.signalCode === null) continue;
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve) => {
      waiting.push({ pattern: new RegExp(pattern.source, pattern.flags.includes("m") ? pattern.flags : `${pattern.flags}m`), resolve });
      settle();
    });
  const reading = printed(/^scrape: /);
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    stdout += chunk.toString();
    settle();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  void exited.then(settle);
  const handle: ScrapeChild = {
    child,
    output: () => out,
    stderr: () => err,
    reading,
    printed,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone between the check and the kill.
        }
      }
      return exited;
    },
  };
  live.add(handle);
  void exited.then(() => live.delete(handle));
  return handle;
}

/** Kills every child this file started and has not seen exit (for afterAll). */
export async function killAllScrapes(): Promise<void> {
  await Promise.all([...live].map((handle) => handle.kill()));
}
