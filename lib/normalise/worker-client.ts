// normalise on two cores: a batch is split, the worker thread parsing one part while this thread
// parses the other. (Parsing the next batch during this one's write would mean fetching it before
// a write that may fail, and a run that fails on storage must stop reading.)
// One worker for the process, started on first use and unref'ed: it never keeps a CLI alive. When it
// cannot start or dies, every batch is normalised in this thread instead; a run never fails for it.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { normalise } from "./normalise";
import type { NormalisedPosting } from "./types";
import { errorFromData, type NormaliseRequest, type NormaliseResponse } from "./worker-messages";

export type NormaliseOutcome = { posting: NormalisedPosting; error?: undefined } | { posting?: undefined; error: Error };

// Below this many records the round trip to the worker costs more than the overlap saves.
const MIN_WORKER_BATCH = 8;

type Pending = { request: NormaliseRequest; resolve: (outcomes: NormaliseOutcome[]) => void };
type WorkerOptions = { enabled: boolean; execArgv?: string[] };

let options: WorkerOptions = { enabled: process.env.PULSE_NORMALISE_WORKER !== "0" };
let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * Normalises each record (one outcome each, in order): the second half on the worker while this
 * thread does the first, or all here for small batches and when there is no worker.
 */
export async function normaliseBatch(source: string, records: unknown[], board: string | null): Promise<NormaliseOutcome[]> {
  const running = records.length >= MIN_WORKER_BATCH ? startedWorker() : null;
  if (!running) return normaliseInThread(source, records, board);
  const split = Math.floor(records.length / 2);
  const onWorker = sendToWorker(running, { id: nextId++, source, records: records.slice(split), board });
  const here = normaliseInThread(source, records.slice(0, split), board);
  return [...here, ...(await onWorker)];
}

function sendToWorker(running: Worker, request: NormaliseRequest): Promise<NormaliseOutcome[]> {
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve });
    // A batch in flight keeps the process alive until its answer is in.
    running.ref();
    running.postMessage(request);
  });
}

/** Whether batches go to a live worker now (false before the first large batch, and after a fallback). */
export function normaliseWorkerRunning(): boolean {
  return worker !== null && !broken;
}

/** Stops the worker (tests, the bench); the next batch starts a new one. `next` changes how it starts. */
export async function closeNormaliseWorker(next: Partial<WorkerOptions> = {}): Promise<void> {
  const stopping = worker;
  worker = null;
  broken = false;
  options = { ...options, ...next };
  if (stopping) {
    stopping.removeAllListeners();
    await stopping.terminate();
  }
  rescuePending();
}

function normaliseInThread(source: string, records: unknown[], board: string | null): NormaliseOutcome[] {
  return records.map((record) => {
    try {
      return { posting: normalise(source, record, { board }) };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  });
}

function startedWorker(): Worker | null {
  if (worker || broken || !options.enabled) return worker;
  try {
    worker = new Worker(workerBootstrap(), { eval: true, execArgv: options.execArgv ?? workerExecArgv() });
  } catch (error) {
    giveUp(error);
    return null;
  }
  const started = worker;
  started.unref();
  started.on("message", ({ id, outcomes }: NormaliseResponse) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    if (pending.size === 0) started.unref();
    waiting.resolve(outcomes.map((outcome) => (outcome.error ? { error: errorFromData(outcome.error) } : { posting: outcome.posting })));
  });
  started.on("error", (error) => giveUp(error));
  started.on("exit", (code) => giveUp(new Error(`it exited with code ${code}`)));
  return started;
}

function giveUp(error: unknown): void {
  if (!broken) process.stderr.write(`normalise: no worker thread (${error instanceof Error ? error.message : String(error)}); normalising in the main thread\n`);
  broken = true;
  const stopping = worker;
  worker = null;
  if (stopping) {
    stopping.removeAllListeners();
    void stopping.terminate();
  }
  rescuePending();
}

// Batches the worker took but will not answer are normalised here, in the order they were sent.
function rescuePending(): void {
  const stranded = [...pending.values()];
  pending.clear();
  for (const { request, resolve } of stranded) resolve(normaliseInThread(request.source, request.records, request.board));
}

// The worker loads our TypeScript as the main thread does: Node 20 does not hand the main thread's
// loader hooks to workers, so the worker registers tsx's own (which resolves the `@/` alias from
// tsconfig.json) before importing its entry, under the same react-server condition.
function workerBootstrap(): string {
  const tsx = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  // A path, not `new URL("./worker.ts", import.meta.url)`: bundlers would take that for an asset to ship.
  const entry = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts")).href;
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

function workerExecArgv(): string[] {
  const args = process.execArgv.filter((arg) => !/\btsx\b/.test(arg) && arg !== "--require" && arg !== "--import");
  if (!args.some((arg, i) => arg === "--conditions=react-server" || (arg === "--conditions" && args[i + 1] === "react-server"))) args.push("--conditions=react-server");
  return args;
}
