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

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly userAgent: string,
    private readonly fetchRobots: RobotsFetch,
  ) {}

  rulesFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = this.fetchRobots(robotsUrl).then((response) => rulesFromResponse(robotsUrl, this.userAgent, response));
      this.byOrigin.set(origin, rules);
    }
    return rules;
  }
}
