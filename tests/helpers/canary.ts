import http from "node:http";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { postings } from "@/db/schema";
import { SEED_NOW } from "./seed-dashboard";

export type Canary = { url: string; hits: string[]; close(): Promise<void> };

/** A loopback server that records every request: any request at all means an injected payload ran. */
export function startCanary(): Promise<Canary> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    res.end();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

export type HostilePosting = ReturnType<typeof hostilePosting>;

/** Scraped text carrying every way markup could run or load something: each calls the canary. */
export function hostilePosting(to: string) {
  return {
    company: `<img src=x onerror="fetch('${to}/company')">Canary & Sons`,
    title: `<script>fetch('${to}/title')</script>Vision Engineer (PyTorch)`,
    description: [
      "We train vision models in PyTorch.",
      `<script>fetch('${to}/script')</script>`,
      `<img src="${to}/img" onerror="fetch('${to}/onerror')">`,
      `<a href="javascript:fetch('${to}/js-link')">Apply here</a>`,
      `<style>@import url('${to}/style-import'); body { background: url('${to}/style-bg') }</style>`,
      `<svg onload="fetch('${to}/svg')"></svg><iframe src="javascript:fetch('${to}/iframe')"></iframe>`,
    ].join("\n"),
    url: `javascript:fetch('${to}/original')`,
  };
}

/** A selector for any element the hostile text could have injected under `scope`. */
export function injectedElements(scope: string): string {
  return ["script", "img", "svg[onload]", "iframe", "style", "[onerror]", "a[href^='javascript:']"].map((tag) => `${scope} ${tag}`).join(", ");
}

/** Stores the hostile posting as a careers-page job of October 2026 that names PyTorch; returns its id. */
export function seedHostilePosting(db: Db, hostile: HostilePosting): number {
  const { company, title, description, url } = hostile;
  ingestBatch(db, {
    source: "careers",
    runId: null,
    fetchedAt: SEED_NOW.toISOString(),
    validators: [],
    items: [
      {
        sourceId: "canary-1",
        url,
        record: { id: "canary-1", title, description },
        month: "2026-10",
        postedAt: "2026-10-05T09:00:00.000Z",
        posting: {
          company, title, description, locationText: "Berlin, Germany", applyUrl: url,
          frameworks: [{ framework: "pytorch", context: "required", snippet: "We train vision models in PyTorch." }],
          roles: ["ml_engineer"], useCases: ["computer_vision"], countries: ["DE"], seniority: "unspecified", remote: "onsite", salary: null,
        },
      },
    ],
  });
  return db.select({ id: postings.id }).from(postings).where(eq(postings.sourceId, "canary-1")).get()!.id;
}
