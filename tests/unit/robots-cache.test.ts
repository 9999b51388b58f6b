import { describe, expect, it } from "vitest";
import { RobotsCache, type RobotsFetch } from "@/lib/http/robots";

const TTL = { ttlMs: 24 * 60 * 60 * 1000, unreachableTtlMs: 10 * 60 * 1000 };
const URL = "https://example.test/jobs";

function cacheWith(answers: Array<Awaited<ReturnType<RobotsFetch>>>) {
  let now = 0;
  const fetched: string[] = [];
  const cache = new RobotsCache("Bot/1", async (robotsUrl) => {
    fetched.push(robotsUrl);
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    return answer;
  }, { ...TTL, now: () => now });
  return { cache, fetched, advance: (ms: number) => (now += ms) };
}

describe("RobotsCache", () => {
  it("keeps a robots.txt it read for 24 hours, then reads it again", async () => {
    const { cache, fetched, advance } = cacheWith([{ status: 200, body: "User-agent: *\nDisallow: /jobs" }, { status: 200, body: "User-agent: *\nAllow: /" }]);
    expect((await cache.rulesFor(URL)).isAllowed(URL)).toBe(false);
    advance(TTL.ttlMs - 1);
    expect((await cache.rulesFor(URL)).isAllowed(URL)).toBe(false);
    advance(1);
    expect((await cache.rulesFor(URL)).isAllowed(URL)).toBe(true);
    expect(fetched).toEqual(["https://example.test/robots.txt", "https://example.test/robots.txt"]);
  });

  it("asks again after 10 minutes for a robots.txt that could not be fetched (which disallows the site meanwhile)", async () => {
    const { cache, fetched, advance } = cacheWith([{ status: 503, body: "" }, { error: new Error("reset") }, { status: 404, body: "" }]);
    expect((await cache.rulesFor(URL)).isAllowed(URL)).toBe(false);
    advance(TTL.unreachableTtlMs);
    expect((await cache.rulesFor(URL)).isAllowed(URL)).toBe(false);
    advance(TTL.unreachableTtlMs);
    expect((await cache.rulesFor(URL)).isAllowed(URL)).toBe(true);
    expect(fetched).toHaveLength(3);
  });

  it("shares one fetch between requests that arrive while it is under way", async () => {
    const { cache, fetched } = cacheWith([{ status: 200, body: "" }]);
    await Promise.all([cache.rulesFor(URL), cache.rulesFor(`${URL}/2`)]);
    expect(fetched).toHaveLength(1);
  });
});
