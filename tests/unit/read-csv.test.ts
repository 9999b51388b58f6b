import { Readable } from "node:stream";
import { describe, expect, it, test } from "vitest";
import { BAD_LINE_REASONS } from "@/lib/csv/line-guard";
import { readCsv, type CsvEvent, type CsvShape } from "@/lib/csv/read-csv";

async function events(text: string, shape: CsvShape = { header: true }, chunkSize = 7): Promise<CsvEvent[]> {
  const bytes = Buffer.from(text, "utf8");
  // Small chunks: lines, quotes and multi-byte characters fall across chunk boundaries.
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, (i + 1) * chunkSize));
  const out: CsvEvent[] = [];
  for await (const event of readCsv(Readable.from(chunks), shape)) out.push(event);
  return out;
}

const header = { kind: "header", fields: ["a", "b", "c"] };
const row = (line: number, ...fields: string[]) => ({ kind: "row", line, fields });
const quote = (line: number) => ({ kind: "malformed", line, reason: BAD_LINE_REASONS.quote });
const short = (line: number, count: number) => ({ kind: "malformed", line, reason: `${count} of 3 fields (missing columns or a truncated line)` });

describe("readCsv: one record per line, malformed lines reported and the rest read on", () => {
  test.each([
    ["plain rows", "a,b,c\n1,2,3\n4,5,6\n", [header, row(2, "1", "2", "3"), row(3, "4", "5", "6")]],
    ["CRLF line ends and a BOM", "\ufeffa,b,c\r\n1,2,3\r\n", [header, row(2, "1", "2", "3")]],
    ["quoted commas, doubled quotes and UTF-8", 'a,b,c\n"x, y","say ""hi""",ü€\n', [header, row(2, "x, y", 'say "hi"', "ü€")]],
    ["a quoted newline: both halves reported, the next row kept", 'a,b,c\n1,"x\ny",3\n4,5,6\n', [header, quote(2), quote(3), row(4, "4", "5", "6")]],
    ["a quote left open does not swallow the rest of the file", 'a,b,c\n1,"x,3\n4,5,6\n7,8,9\n', [header, quote(2), row(3, "4", "5", "6"), row(4, "7", "8", "9")]],
    ["missing columns", "a,b,c\n1,2\n4,5,6\n", [header, short(2, 2), row(3, "4", "5", "6")]],
    ["too many columns", "a,b,c\n1,2,3,4\n", [header, { kind: "malformed", line: 2, reason: "4 of 3 fields (missing columns or a truncated line)" }]],
    ["a truncated final line without newline", "a,b,c\n1,2,3\n4,5", [header, row(2, "1", "2", "3"), { ...short(3, 2), cutOff: true }]],
    ["a final line cut inside a quoted value", 'a,b,c\n1,2,3\n4,"5', [header, row(2, "1", "2", "3"), { ...quote(3), cutOff: true }]],
    ["a short last line that does end with a newline", "a,b,c\n1,2,3\n4,5\n", [header, row(2, "1", "2", "3"), short(3, 2)]],
    ["a complete last line without a newline", "a,b,c\n1,2,3\n4,5,6", [header, row(2, "1", "2", "3"), row(3, "4", "5", "6")]],
    ["blank lines are skipped but still counted", "a,b,c\n\n1,2,3\n\n", [header, row(3, "1", "2", "3")]],
    ["a stray quote inside a closed value is kept as written", 'a,b,c\n1,"x"y,3\n', [header, row(2, "1", '"x"y', "3")]],
  ])("%s", async (_name, text, expected) => {
    expect(await events(text)).toEqual(expected);
  });

  it("reads a file without header by its expected column count", async () => {
    expect(await events("ECCV,09/18,105\nICML,06/21\n", { header: false, columns: 3 })).toEqual([
      row(1, "ECCV", "09/18", "105"),
      { kind: "malformed", line: 2, reason: "2 of 3 fields (missing columns or a truncated line)" },
    ]);
  });

  it("refuses a file whose header line cannot be read", async () => {
    await expect(events('a,"b,c\n1,2,3\n')).rejects.toThrow(/header line/);
  });

  it("reports a line longer than the limit without holding it", async () => {
    const long = "x".repeat(1024 * 1024 + 10);
    expect(await events(`a,b,c\n${long}\n1,2,3\n`, { header: true }, 64 * 1024)).toEqual([
      header,
      { kind: "malformed", line: 2, reason: BAD_LINE_REASONS.long },
      row(3, "1", "2", "3"),
    ]);
  });
});
