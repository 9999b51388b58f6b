import { z } from "zod";
import { wholeBoards } from "../ats-boards";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import type { Source } from "../types";
import { leverPostedAt, parseLeverPosting } from "./record";

// Lever answers with a bare array; postings are validated one by one.
const boardSchema = z.array(z.unknown());

export const leverSource: Source = {
  name: "lever",
  label: "Lever job boards",
  // A board lists every open posting: each run reads it whole.
  scheduledOptions: () => ({}),
  scrape: (context) =>
    wholeBoards(context, (board) => ({
      source: "lever",
      url: boardUrl(board.slug),
      readEnvelope: (body) => boardSchema.parse(JSON.parse(body)),
      readItem: readPosting,
      recordName: (index) => `posting ${index}`,
    })),
};

function boardUrl(slug: string): string {
  return `https://api.lever.co/v0/postings/${encodeURIComponent(slug)}?mode=json`;
}

function readPosting(record: unknown, now: Date): ItemVerdict {
  const posting = parseLeverPosting(record);
  return postingVerdict({ sourceId: posting.id, url: posting.hostedUrl, record, postedAt: leverPostedAt(posting) }, now);
}
