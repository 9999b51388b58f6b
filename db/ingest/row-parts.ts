// The parts of a posting's row that depend on the item alone (its record and its normalised
// posting), worked out before the write transaction and possibly on another thread
// (lib/normalise/worker-client.ts): the single writer then only writes.
import { sha256 } from "@/lib/hash";
import type { NormalisedPosting } from "@/lib/normalise/types";
import { computedColumns } from "./derived-columns";
import { labelBits, postingTermBits } from "./label-bits";

export type PostingBits = ReturnType<typeof labelBits> & { termBits: number };

/** `body`: the record as stored in raw_documents; `computed`: derivedColumns' own work; `bits`: every bit column. */
export type RowParts = { body: string; contentHash: string; computed: ReturnType<typeof computedColumns>; bits: PostingBits };

/** `body`: JSON.stringify of the record the posting was read from. */
export function rowParts(body: string, posting: NormalisedPosting): RowParts {
  return { body, contentHash: sha256(body), computed: computedColumns(posting), bits: { ...labelBits(posting), termBits: postingTermBits(posting) } };
}
