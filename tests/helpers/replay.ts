import { afterAll, beforeAll, beforeEach } from "vitest";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { SNAPSHOT_DIR } from "./snapshot";

/** One replay server of the real snapshot for the file, with faults and the request log reset per test. */
export function replayServerForFile(): () => ReplayServer {
  let replay: ReplayServer | undefined;
  beforeAll(async () => {
    replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
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
