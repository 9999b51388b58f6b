import fs from "node:fs";
import { once } from "node:events";
import zlib from "node:zlib";

export type ZipSource = { name: string; chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer> };

// Fixed DOS timestamp (1980-01-01 00:00) so the same input always gives the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;

/**
 * Writes a deflated zip (no zip64: entries under 4 GiB) from streamed chunks, for tests and the
 * bench that need survey-shaped archives; sizes and CRC follow each entry in a data descriptor.
 */
export async function writeZip(file: string, sources: ZipSource[]): Promise<void> {
  const out = fs.createWriteStream(file);
  let offset = 0;
  const write = async (buffer: Buffer) => {
    offset += buffer.length;
    if (!out.write(buffer)) await once(out, "drain");
  };
  const central: Buffer[] = [];
  for (const source of sources) {
    const name = Buffer.from(source.name, "utf8");
    const headerOffset = offset;
    await write(localHeader(name));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const drained = (async () => {
      for await (const chunk of deflate) {
        compressed += (chunk as Buffer).length;
        await write(chunk as Buffer);
      }
    })();
    for await (const chunk of source.chunks) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      crc = zlib.crc32(buffer, crc);
      size += buffer.length;
      if (!deflate.write(buffer)) await once(deflate, "drain");
    }
    deflate.end();
    await drained;
    await write(dataDescriptor(crc, compressed, size));
    central.push(centralHeader(name, crc, compressed, size, headerOffset));
  }
  const directoryOffset = offset;
  const directory = Buffer.concat(central);
  await write(directory);
  await write(endOfDirectory(sources.length, directory.length, directoryOffset));
  out.end();
  await once(out, "finish");
}

function localHeader(name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function dataDescriptor(crc: number, compressed: number, size: number): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  descriptor.writeUInt32LE(compressed, 8);
  descriptor.writeUInt32LE(size, 12);
  return descriptor;
}

function centralHeader(name: Buffer, crc: number, compressed: number, size: number, headerOffset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(FLAG_DATA_DESCRIPTOR | FLAG_UTF8, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(crc >>> 0, 16);
  header.writeUInt32LE(compressed, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(headerOffset, 42);
  return Buffer.concat([header, name]);
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
