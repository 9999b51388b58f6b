import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { originalLinkRel } from "@/lib/ui/original-link";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

test("the recorded Remote OK notice asks for a followed link back, so its originals are linked without nofollow", () => {
  const [notice] = JSON.parse(readFileSync(path.join(SNAPSHOT_DIR, "remoteok.com/api.json"), "utf8")) as Array<{ legal?: string }>;
  expect(notice?.legal).toMatch(/link back \(with follow, and without nofollow!\)/);
  expect(originalLinkRel("remoteok")).toBe("noopener");
});

test.each(["hn", "ashby", "greenhouse", "lever", "remotive", "arbeitnow", "weworkremotely", "himalayas", "jobicy", "workingnomads", "careers"])(
  "%s originals are linked with nofollow and no referrer",
  (source) => {
    expect(originalLinkRel(source)).toBe("noopener noreferrer nofollow");
  },
);
