// The normalise worker's entry: parses, extracts and works out the row parts of the chunks of each
// batch it takes while the main thread takes the others (lib/normalise/worker-client.ts starts it).
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { rowParts } from "@/db/ingest/row-parts";
import { normalise } from "./normalise";
import { chunkRange, errorData, type NormaliseRequest, type NormaliseResponse, type RecordOutcome, type WorkerReady } from "./worker-messages";

parentPort?.on("message", ({ id, source, bodies, board, claims, chunkSize }: NormaliseRequest) => {
  const chunks: NormaliseResponse["chunks"] = [];
  for (let chunk = Atomics.add(claims, 0, 1); chunk * chunkSize < bodies.length; chunk = Atomics.add(claims, 0, 1)) {
    const [from, to] = chunkRange(chunk, chunkSize, bodies.length);
    chunks.push({ chunk, outcomes: bodies.slice(from, to).map((body) => readBody(source, body, board)) });
  }
  parentPort?.postMessage({ id, chunks } satisfies NormaliseResponse);
});

function readBody(source: string, body: string, board: string | null): RecordOutcome {
  try {
    const record: unknown = JSON.parse(body);
    const posting = normalise(source, record, { board });
    const { contentHash, computed, bits } = rowParts(body, posting);
    return { posting, parts: { contentHash, computed, bits } };
  } catch (error) {
    return { error: errorData(error) };
  }
}
// Both: the client may be waiting for it (its port events) or polling for it between batches (the port of workerData).
parentPort?.postMessage({ ready: true } satisfies WorkerReady);
(workerData as { readyPort?: MessagePort } | null)?.readyPort?.postMessage(true);
