// The normalise worker's entry: parses and extracts batches off the main thread, which meanwhile
// writes the batch before (lib/normalise/worker-client.ts starts it).
import { parentPort } from "node:worker_threads";
import { normalise } from "./normalise";
import { errorData, type NormaliseRequest, type NormaliseResponse, type RecordOutcome } from "./worker-messages";

parentPort?.on("message", ({ id, source, records, board }: NormaliseRequest) => {
  const outcomes = records.map((record): RecordOutcome => {
    try {
      return { posting: normalise(source, record, { board }) };
    } catch (error) {
      return { error: errorData(error) };
    }
  });
  parentPort?.postMessage({ id, outcomes } satisfies NormaliseResponse);
});
