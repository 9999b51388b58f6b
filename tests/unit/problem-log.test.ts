import { expect, it } from "vitest";
import { ProblemLog } from "@/scrapers/data-files/problem-log";

const URL = "https://example.test/file.csv";

it("lists the first distinct problems of each kind, then only counts", () => {
  const log = new ProblemLog(URL, 2);
  log.add("malformed", "line 2");
  log.add("unmapped", "Atlantis");
  const first = log.take();
  log.add("unmapped", "Atlantis");
  log.add("malformed", "line 3");
  log.add("malformed", "line 4");
  log.add("malformed", "line 5");
  expect(first.map((e) => [e.kind, e.message])).toEqual([
    ["malformed", "line 2"],
    ["unmapped", "Atlantis"],
  ]);
  expect(log.finish()).toEqual([
    { url: URL, kind: "malformed", status: null, message: "line 3" },
    { url: URL, kind: "unmapped", status: null, message: "… and 1 more unmapped not listed" },
    { url: URL, kind: "malformed", status: null, message: "… and 2 more malformed not listed" },
  ]);
  expect(log.take()).toEqual([]);
});
