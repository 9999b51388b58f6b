import type { Readable } from "node:stream";
import yauzl from "yauzl";

export type ZipArchive = {
  /** Entry names exactly as the archive spells them. */
  names: string[];
  /** The entry's uncompressed bytes as a stream (yauzl checks them against the declared size). */
  open(name: string): Promise<Readable>;
  close(): void;
};

/** Reads a zip's directory from a file on disk; entries are then streamed one at a time, never buffered. */
export async function openZipArchive(file: string): Promise<ZipArchive> {
  const zip = await yauzl.openPromise(file, { autoClose: false, strictFileNames: false, validateEntrySizes: true });
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  } catch (error) {
    zip.close();
    throw error;
  }
  return {
    names: [...entries.keys()],
    async open(name) {
      const entry = entries.get(name);
      if (!entry) throw new Error(`the archive has no ${name} (it holds ${[...entries.keys()].join(", ") || "nothing"})`);
      return zip.openReadStreamPromise(entry);
    },
    close: () => zip.close(),
  };
}
