import robotsParser from "robots-parser";

export type RobotsRules = {
  isAllowed(url: string): boolean;
  crawlDelayMs: number;
};

export type RobotsFetch = (robotsUrl: string) => Promise<{ status: number; body: string } | { error: Error }>;

// RFC 9309: a 4xx robots.txt allows everything; an unreachable one (5xx, network) disallows everything.
export function rulesFromResponse(robotsUrl: string, userAgent: string, response: Awaited<ReturnType<RobotsFetch>>): RobotsRules {
  if ("error" in response || response.status >= 500) return { isAllowed: () => false, crawlDelayMs: 0 };
  if (response.status >= 400) return { isAllowed: () => true, crawlDelayMs: 0 };
  const robots = robotsParser(robotsUrl, response.body);
  return {
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
    crawlDelayMs: (robots.getCrawlDelay(userAgent) ?? 0) * 1000,
  };
}

/** How long answers are kept: a robots.txt that was read, and one that could not be fetched (which disallows all meanwhile). */
export type RobotsCacheTimes = { ttlMs: number; unreachableTtlMs: number; now?: () => number };

// RFC 9309 §2.4: a robots.txt should not be cached for more than 24 hours. One that could not be
// fetched is asked for again much sooner, or a long-lived worker would stay locked out of the site.
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
export const ROBOTS_UNREACHABLE_TTL_MS = 10 * 60 * 1000;

export class RobotsCache {
  private readonly byOrigin = new Map<string, { rules: Promise<RobotsRules>; expiresAt: number }>();
  private readonly now: () => number;

  constructor(
    private readonly userAgent: string,
    private readonly fetchRobots: RobotsFetch,
    private readonly times: RobotsCacheTimes = { ttlMs: ROBOTS_TTL_MS, unreachableTtlMs: ROBOTS_UNREACHABLE_TTL_MS },
  ) {
    this.now = times.now ?? Date.now;
  }

  rulesFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    const cached = this.byOrigin.get(origin);
    if (cached && cached.expiresAt > this.now()) return cached.rules;
    const robotsUrl = `${origin}/robots.txt`;
    // Requests that arrive while it is being fetched share the one fetch; its clock starts once answered.
    const entry = {
      expiresAt: Number.POSITIVE_INFINITY,
      rules: this.fetchRobots(robotsUrl).then((response) => {
        const unreachable = "error" in response || response.status >= 500;
        entry.expiresAt = this.now() + (unreachable ? this.times.unreachableTtlMs : this.times.ttlMs);
        return rulesFromResponse(robotsUrl, this.userAgent, response);
      }),
    };
    this.byOrigin.set(origin, entry);
    return entry.rules;
  }
}
