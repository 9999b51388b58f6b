import type { BoardConfig } from "./config";
import { listingBatch, type Listing } from "./listing-batch";
import type { Batch, ScrapeContext } from "./types";

/** What differs between two ATS job-board APIs: where a board is and how its jobs read. */
export type BoardListing = Pick<Listing<unknown[], unknown>, "source" | "url" | "readEnvelope" | "readItem" | "recordName">;

/** Every configured board, one batch each: a board lists every open job, so each run reads it whole. */
export async function* wholeBoards(context: ScrapeContext, listingOf: (board: BoardConfig) => BoardListing): AsyncIterable<Batch> {
  for (const board of context.config.boards) {
    const label = `${board.slug} (${board.company})`;
    yield await listingBatch(context, {
      ...listingOf(board),
      label,
      board: board.slug,
      records: (jobs) => jobs,
      labelOf: (jobs) => `${label}: ${jobs.length} jobs`,
      // A job that could not be read is still open on the board: closing by this listing would be wrong.
      complete: (batch) => !batch.skipped.invalid,
    });
  }
}
