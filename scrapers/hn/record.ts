import { z } from "zod";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseRecord, type RecordReader } from "../record-reader";
import { parseHnHeader } from "./header";

// The official item API's shape, which is how HN postings are stored.
export const hnRecordSchema = z.looseObject({
  id: z.number().int(),
  by: z.string().nullish(),
  time: z.number().int(),
  text: z.string().nullish(),
  parent: z.number().int().nullish(),
  type: z.literal("comment"),
});

export const readHnRecord: RecordReader = (record) => {
  const item = parseRecord("hn", hnRecordSchema, record);
  const text = htmlToText(item.text ?? "");
  const header = parseHnHeader(text);
  return { ...header, text, postedAt: new Date(item.time * 1000).toISOString(), applyUrl: null };
};
