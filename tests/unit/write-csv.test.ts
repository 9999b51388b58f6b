import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { writeCsv } from "@/lib/csv/write-csv";

describe("writeCsv", () => {
  test("writes comment lines, a header, defused text, numbers as they are and null as empty", () => {
    const csv = writeCsv(
      [
        { name: "=cmd|' /C calc'!A0", n: -3, p: null },
        { name: "ok", n: 0.25, p: 7 },
      ],
      [
        { key: "name", header: "name" },
        { key: "n", header: "n" },
        { key: "p", header: "p" },
      ],
      ["Survey data: not a random sample.\nSecond line"],
    );
    expect(csv).toBe("# Survey data: not a random sample. Second line\nname,n,p\n'=cmd|' /C calc'!A0,-3,\nok,0.25,7\n");
    expect(parse(csv, { comment: "#", columns: true })).toEqual([
      { name: "'=cmd|' /C calc'!A0", n: "-3", p: "" },
      { name: "ok", n: "0.25", p: "7" },
    ]);
  });
});
