import { load, type CheerioAPI } from "cheerio";
import { postingVerdict, type ItemVerdict } from "../item-verdict";
import { listingBatch } from "../listing-batch";
import { intervalFromTtl } from "../notices";
import { parseRecord } from "../record-reader";
import type { Source } from "../types";
import { weworkremotelyItemSchema, weworkremotelyPostedAt } from "./record";

const FEED_URL = "https://weworkremotely.com/remote-jobs.rss";

type ItemRecord = Record<string, string | string[]>;
type Feed = { ttl: string; items: ItemRecord[] };

export const weworkremotelySource: Source = {
  name: "weworkremotely",
  label: "We Work Remotely — RSS feed",
  scheduledOptions: () => ({}),
  async *scrape(context) {
    // The feed carries only the newest postings, so one missing from it may still be open: never complete.
    yield await listingBatch(context, {
      source: "weworkremotely",
      url: FEED_URL,
      label: FEED_URL,
      accept: "application/rss+xml, application/xml;q=0.9",
      readEnvelope: readFeed,
      records: (feed) => feed.items,
      readItem,
      recordName: (index) => `item ${index}`,
      requestedIntervalMs: (feed) => intervalFromTtl(feed.ttl),
    });
  },
};

function readFeed(body: string): Feed {
  const $ = load(body, { xml: true });
  const channel = $("rss > channel").first();
  if (channel.length === 0) throw new Error("no <rss><channel> in the body");
  return { ttl: channel.children("ttl").first().text(), items: itemRecords($) };
}

/** Each RSS `<item>` as a plain object: child element name → its text, an array when the element repeats. */
export function itemRecords($: CheerioAPI): ItemRecord[] {
  return $("rss > channel > item")
    .toArray()
    .map((item) => {
      const record: ItemRecord = {};
      for (const child of $(item).children().toArray()) {
        // An empty media element (<media:content url="…"/>) says what it holds in its url.
        const text = $(child).text() || (child.attribs.url ?? "");
        const known = record[child.name];
        record[child.name] = known === undefined ? text : [known, text].flat();
      }
      return record;
    });
}

function readItem(record: ItemRecord, now: Date): ItemVerdict {
  const item = parseRecord("weworkremotely", weworkremotelyItemSchema, record);
  const sourceId = item.guid?.trim() || item.link;
  return postingVerdict({ sourceId, url: item.link, record, postedAt: weworkremotelyPostedAt(item) }, now);
}
