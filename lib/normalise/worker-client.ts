// normalise on two cores: the worker thread and this one take a batch's records chunk by chunk from
// one shared counter until none is left (the worker also works out its rows' parts,
// db/ingest/row-parts.ts), so neither waits for the other however their speeds vary. A scrape does
// not read the next batch during this one's write: that would mean fetching it before a write that
// may fail, and a run that fails on storage must stop reading. A caller that has its batches at hand
// (the bench build) passes the previous batch's write as `alongside`, done here while the worker reads.
// One worker for the process, started on first use and unref'ed: it never keeps a CLI alive; until
// it has loaded, batches are read here. When it cannot start or dies, every batch is read in this
// thread instead (one stderr line); a run never fails for it. Inside Next.js (the admin scrape) the
// worker is not used: the bundle has no TypeScript for it to load.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { rowParts, type RowParts } from "@/db/ingest/row-parts";
import { normalise } from "./normalise";
import type { NormalisedPosting } from "./types";
import { chunkRange, errorFromData, type NormaliseRequest, type NormaliseResponse, type WorkerReady } from "./worker-messages";

/** `parts`: worked out ahead when the batch was shared with the worker (else the ingest works them out). */
export type NormaliseOutcome = { posting: NormalisedPosting; parts?: RowParts; error?: undefined } | { posting?: undefined; parts?: undefined; error: Error };

// Below this many records the round trip to the worker costs more than the overlap saves.
const MIN_WORKER_BATCH = 8;
// Chunks per batch: small enough that the side that finishes first waits little for the other.
const CHUNKS = 24;

/** The worker's outcomes by chunk; null when it will not answer (stopped, died). */
type Answer = Map<number, NormaliseOutcome[]> | null;
type Pending = { request: NormaliseRequest; resolve: (answer: Answer) => void };
type WorkerOptions = { enabled: boolean; execArgv?: string[] };

let options: WorkerOptions = { enabled: process.env.PULSE_NORMALISE_WORKER !== "0" && !process.env.NEXT_RUNTIME };
let worker: Worker | null = null;
// The worker says it has loaded on this port too, read without waiting: a loop of batches that never
// yields to the event loop (the bench build) would otherwise never see it.
let readyPort: MessagePort | null = null;
let ready = false;
let broken = false;
let workerRecords = 0;
let nextId = 1;
const pending = new Map<number, Pending>();
const readyWaiters: Array<(running: boolean) => void> = [];

/**
 * Normalises each record (one outcome each, in order), sharing the batch with the worker when it is
 * ready. `alongside` runs here, once, while the worker reads (first, whether or not there is a
 * worker); when it throws, nothing is returned.
 */
export async function normaliseBatch(source: string, records: unknown[], board: string | null, alongside?: () => void): Promise<NormaliseOutcome[]> {
  const running = records.length >= MIN_WORKER_BATCH ? readyWorker() : null;
  const bodies = running ? records.map((record) => JSON.stringify(record) as string | undefined) : [];
  // A record JSON cannot carry (undefined, a function) is read as it is, here.
  if (!running || !bodies.every((body): body is string => typeof body === "string")) {
    alongside?.();
    return records.map((record) => normaliseOne(source, record, board));
  }
  const chunkSize = Math.ceil(records.length / CHUNKS);
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const onWorker = sendToWorker(running, { id: nextId++, source, bodies, board, claims, chunkSize });
  alongside?.();
  const outcomes: NormaliseOutcome[] = new Array(records.length);
  const readChunk = (chunk: number) => {
    const [from, to] = chunkRange(chunk, chunkSize, records.length);
    for (let i = from; i < to; i++) outcomes[i] = normaliseOne(source, records[i], board, bodies[i]);
  };
  for (let chunk = Atomics.add(claims, 0, 1); chunk * chunkSize < records.length; chunk = Atomics.add(claims, 0, 1)) readChunk(chunk);
  const answer = await onWorker;
  for (const [chunk, chunkOutcomes] of answer ?? []) outcomes.splice(chunk * chunkSize, chunkOutcomes.length, ...chunkOutcomes);
  // Chunks the worker took but will not answer.
  for (let chunk = 0; chunk * chunkSize < records.length; chunk++) if (outcomes[chunk * chunkSize] === undefined) readChunk(chunk);
  return outcomes;
}

/** Starts the worker if it is not running and waits until it takes batches; false when there is none. */
export function startNormaliseWorker(): Promise<boolean> {
  if (!startedWorker()) return Promise.resolve(false);
  if (ready) return Promise.resolve(true);
  return new Promise((resolve) => readyWaiters.push(resolve));
}

/** Whether batches go to a live worker now (false before it has loaded, and after a fallback). */
export function normaliseWorkerRunning(): boolean {
  return worker !== null && ready && !broken;
}

/** How many records the worker has normalised since it was (re)started. */
export function normaliseWorkerRecords(): number {
  return workerRecords;
}

/** Stops the worker (tests); the next batch starts a new one. `next` changes how it starts. */
export async function closeNormaliseWorker(next: Partial<WorkerOptions> = {}): Promise<void> {
  const stopping = worker;
  worker = null;
  ready = false;
  readyPort?.close();
  readyPort = null;
  broken = false;
  workerRecords = 0;
  options = { ...options, ...next };
  if (stopping) {
    stopping.removeAllListeners();
    await stopping.terminate();
  }
  settleWaiters(false);
  rescuePending();
}

/** `body`: the record's JSON, when the batch was shared (the parts are then worked out too, as the worker does). */
function normaliseOne(source: string, record: unknown, board: string | null, body?: string): NormaliseOutcome {
  try {
    const posting = normalise(source, record, { board });
    return body === undefined ? { posting } : { posting, parts: rowParts(body, posting) };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

function sendToWorker(running: Worker, request: NormaliseRequest): Promise<Answer> {
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve });
    // A batch in flight keeps the process alive until its answer is in.
    running.ref();
    running.postMessage(request);
  });
}

function readyWorker(): Worker | null {
  const running = startedWorker();
  if (running && !ready && readyPort && receiveMessageOnPort(readyPort)) markReady();
  return running && ready ? running : null;
}

function markReady(): void {
  ready = true;
  readyPort?.close();
  readyPort = null;
  settleWaiters(true);
}

function startedWorker(): Worker | null {
  if (worker || broken || !options.enabled) return worker;
  const channel = new MessageChannel();
  try {
    worker = new Worker(workerBootstrap(), { eval: true, execArgv: options.execArgv ?? workerExecArgv(), workerData: { readyPort: channel.port2 }, transferList: [channel.port2] });
    readyPort = channel.port1;
  } catch (error) {
    channel.port1.close();
    giveUp(error);
    return null;
  }
  const started = worker;
  started.on("message", (message: NormaliseResponse | WorkerReady) => {
    if ("ready" in message) {
      if (!ready) markReady();
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
    const { bodies, chunkSize } = waiting.request;
    const answer = new Map<number, NormaliseOutcome[]>();
    for (const { chunk, outcomes } of message.chunks) {
      workerRecords += outcomes.length;
      const from = chunk * chunkSize;
      answer.set(chunk, outcomes.map((outcome, i): NormaliseOutcome => (outcome.error ? { error: errorFromData(outcome.error) } : { posting: outcome.posting, parts: { body: bodies[from + i]!, ...outcome.parts } })));
    }
    waiting.resolve(answer);
  });
  started.on("error", (error) => giveUp(error));
  started.on("exit", (code) => giveUp(new Error(`it exited with code ${code}`)));
  // After its listeners: a 'message' listener refs the worker's port again, and a CLI that never
  // handed it a batch (all read before it loaded) would then never exit.
  started.unref();
  return started;
}

function giveUp(error: unknown): void {
  if (!broken) process.stderr.write(`normalise: no worker thread (${error instanceof Error ? error.message : String(error)}); normalising in the main thread\n`);
  broken = true;
  ready = false;
  readyPort?.close();
  readyPort = null;
  const stopping = worker;
  worker = null;
  if (stopping) {
    stopping.removeAllListeners();
    void stopping.terminate();
  }
  settleWaiters(false);
  rescuePending();
}

function settleWaiters(running: boolean): void {
  for (const resolve of readyWaiters.splice(0)) resolve(running);
}

// Chunks the worker took but will not answer are then normalised by normaliseBatch itself.
function rescuePending(): void {
  const stranded = [...pending.values()];
  pending.clear();
  for (const { resolve } of stranded) resolve(null);
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
