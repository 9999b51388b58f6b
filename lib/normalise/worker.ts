// The normalise worker's entry: parses, extracts and works out the row parts of its share of each
// batch while the main thread does the rest (lib/normalise/worker-client.ts starts it).
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { rowParts } from "@/db/ingest/row-parts";
import { normalise } from "./normalise";
import { errorData, type NormaliseRequest, type NormaliseResponse, type RecordOutcome, type WorkerReady } from "./worker-messages";

parentPort?.on("message", ({ id, source, bodies, board }: NormaliseRequest) => {
  const outcomes = bodies.map((body): RecordOutcome => {
    try {
      const record: unknown = JSON.parse(body);
      const posting = normalise(source, record, { board });
      const { contentHash, computed, bits } = rowParts(body, posting);
      return { posting, parts: { contentHash, computed, bits } };
    } catch (error) {
      return { error: errorData(error) };
    }
  });
  parentPort?.postMessage({ id, outcomes, finishedAt: performance.timeOrigin + performance.now() } satisfies NormaliseResponse);
});
// Both: the client may be waiting for it (its port events) or polling for it between batches (the port of workerData).
parentPort?.postMessage({ ready: true } satisfies WorkerReady);
(workerData as { readyPort?: MessagePort } | null)?.readyPort?.postMessage(true);
