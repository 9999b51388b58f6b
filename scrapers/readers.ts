import type { PostingSourceName } from "@/lib/sources";
import { readArbeitnowRecord } from "./arbeitnow/record";
import { readAshbyRecord } from "./ashby/record";
import { readCareersRecord } from "./careers/record";
import { readGreenhouseRecord } from "./greenhouse/record";
import { readHimalayasRecord } from "./himalayas/record";
import { readHnRecord } from "./hn/record";
import { readJobicyRecord } from "./jobicy/record";
import { readLeverRecord } from "./lever/record";
import { readRemoteokRecord } from "./remoteok/record";
import { readRemotiveRecord } from "./remotive/record";
import type { RecordReader } from "./record-reader";
import { readWeworkremotelyRecord } from "./weworkremotely/record";
import { readWorkingnomadsRecord } from "./workingnomads/record";

/** Every source's record reader: the scrapers, re-extraction and the extract contract share them. */
export const RECORD_READERS: Record<PostingSourceName, RecordReader> = {
  hn: readHnRecord,
  ashby: readAshbyRecord,
  greenhouse: readGreenhouseRecord,
  lever: readLeverRecord,
  remotive: readRemotiveRecord,
  remoteok: readRemoteokRecord,
  arbeitnow: readArbeitnowRecord,
  weworkremotely: readWeworkremotelyRecord,
  himalayas: readHimalayasRecord,
  jobicy: readJobicyRecord,
  workingnomads: readWorkingnomadsRecord,
  careers: readCareersRecord,
};

export function readerFor(source: string): RecordReader {
  const reader = (RECORD_READERS as Record<string, RecordReader | undefined>)[source];
  if (!reader) throw new Error(`unknown source "${source}" (known: ${Object.keys(RECORD_READERS).join(", ")})`);
  return reader;
}
