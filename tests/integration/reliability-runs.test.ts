import { spawn } from "node:child_process";
import os from "node:os";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { currentOwner } from "@/db/ingest/run-owner";
import { registerSource, RunInProgressError, startRun } from "@/db/ingest/runs";
import { scrapeRuns } from "@/db/schema";
import { createTempDb } from "../helpers/temp-db";

// A run left "running" by a process that was killed must not hold its source for the 6 h stale rule.

let temp: ReturnType<typeof createTempDb>;
beforeEach(() => {
  temp = createTempDb();
  for (const name of ["hn", "greenhouse"]) registerSource(temp.db, { name, label: name, schedule: "0 * * * *" });
});
afterEach(() => temp.cleanup());

const host = os.hostname();
const runOf = (id: number) => temp.db.select().from(scrapeRuns).where(eq(scrapeRuns.id, id)).get();

async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.once("exit", resolve));
  if (!child.pid) throw new Error("no pid");
  return child.pid;
}

describe("startRun and a run still marked running", () => {
  it("closes at once, as abandoned, the run of a process that is gone", async () => {
    const pid = await exitedPid();
    const killed = startRun(temp.db, "hn", { from: "2026-01" }, new Date(), { pid, host, instance: "killed" });
    const next = startRun(temp.db, "hn", {});
    expect(next).toBeGreaterThan(killed);
    expect(runOf(killed)).toMatchObject({ status: "failed", errors: [{ kind: "abandoned", message: `the run's process (pid ${pid} on ${host}) ended before it finished` }] });
    expect(runOf(next)?.options).toMatchObject({ owner: currentOwner() });
  });

  it("closes the run of an earlier process that had this very pid (a restarted container)", () => {
    const earlier = startRun(temp.db, "hn", {}, new Date(), { ...currentOwner(), instance: "before-restart" });
    expect(startRun(temp.db, "hn", {})).toBeGreaterThan(earlier);
    expect(runOf(earlier)?.status).toBe("failed");
  });

  it("still refuses while the run's process lives, or cannot be checked (another host) and is younger than 6 h", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      if (!child.pid) throw new Error("no pid");
      const live = startRun(temp.db, "hn", {}, new Date(), { pid: child.pid, host, instance: "live" });
      expect(() => startRun(temp.db, "hn", {})).toThrow(RunInProgressError);
      expect(runOf(live)?.status).toBe("running");
    } finally {
      child.kill("SIGKILL");
    }
    const remote = startRun(temp.db, "greenhouse", {}, new Date(), { pid: 1, host: `${host}-elsewhere`, instance: "remote" });
    expect(() => startRun(temp.db, "greenhouse", {})).toThrow(RunInProgressError);
    const muchLater = new Date(Date.now() + 7 * 60 * 60 * 1000);
    expect(startRun(temp.db, "greenhouse", {}, muchLater)).toBeGreaterThan(remote);
  });
});
