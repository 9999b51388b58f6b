import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createReplayServer, type ReplayRequestLog, type ReplayServer } from "@/lib/replay/server";
import { SNAPSHOT_DIR } from "./snapshot";

const FIXTURES_DIR = path.resolve(import.meta.dirname, "../fixtures");

/**
 * One replay server of a snapshot (the real one by default) for the file, or for the describe block
 * it is called in, with faults and the request log reset per test.
 */
export function replayServerForFile(snapshotDir: string | (() => string) = SNAPSHOT_DIR): () => ReplayServer {
  let replay: ReplayServer | undefined;
  beforeAll(async () => {
    replay = await createReplayServer({ snapshotDir: typeof snapshotDir === "string" ? snapshotDir : snapshotDir(), port: 0 });
  });
  afterAll(() => replay?.close());
  beforeEach(() => {
    replay?.setFaults([]);
    replay?.requests.splice(0);
  });
  return () => {
    if (!replay) throw new Error("the replay server starts in beforeAll");
    return replay;
  };
}

/** A replay server of a hand-made folder of tests/fixtures (its own manifest), for shapes the recorded web does not hold. */
export function fixtureReplayServer(name: string): () => ReplayServer {
  return replayServerForFile(path.join(FIXTURES_DIR, name));
}

/** A replay server of one hand-made JSON response for `url`, written to a temp folder for the block. */
export function handMadeReplayServer(url: string, body: unknown): () => ReplayServer {
  let dir: string | undefined;
  const replay = replayServerForFile(() => (dir = writeSnapshot(url, body)));
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return replay;
}

function writeSnapshot(url: string, body: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-hand-made-"));
  fs.writeFileSync(path.join(dir, "body.json"), JSON.stringify(body));
  const entry = { url, file: "body.json", status: 200, contentType: "application/json", recordedAt: "2026-11-01", fidelity: "exact", origin: "hand-made", note: "test" };
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify([entry]));
  return dir;
}

/** The requests a source made, robots.txt aside. */
export function sourceRequests(replay: ReplayServer): ReplayRequestLog[] {
  return replay.requests.filter((request) => !request.url.endsWith("/robots.txt"));
}
