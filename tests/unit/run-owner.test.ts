import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { ownerLiveness, pidExists, type RunOwner } from "@/db/ingest/run-owner";

const self: RunOwner = { pid: 100, host: "worker-1", instance: "a" };
const running = new Set([200]);
const exists = (pid: number) => running.has(pid);

describe("ownerLiveness: may the next run take over a run still marked running?", () => {
  test.each([
    ["this very process", { pid: 100, host: "worker-1", instance: "a" }, "alive"],
    ["an earlier process that had this pid (a restarted container)", { pid: 100, host: "worker-1", instance: "b" }, "dead"],
    ["another live process on this host", { pid: 200, host: "worker-1", instance: "c" }, "alive"],
    ["a process on this host that is gone", { pid: 300, host: "worker-1", instance: "d" }, "dead"],
    ["a process on another host: cannot be checked", { pid: 300, host: "worker-2", instance: "e" }, "unknown"],
    ["a run recorded before owners were", undefined, "unknown"],
    ["an owner of the wrong shape", { pid: "300", host: "worker-1" }, "unknown"],
  ] as const)("%s", (_name, owner, expected) => {
    expect(ownerLiveness(owner, self, exists)).toBe(expected);
  });
});

describe("pidExists: is the process behind a pid still able to finish its run?", () => {
  test("a live process is, an unreaped zombie and a finished process are not", async () => {
    // The shell becomes `sleep 30` (exec), which never reaps its child `sleep 0.3`. The child outlives
    // the exec: one that exited first could be reaped by the shell itself (it did on a loaded machine).
    const shell = spawn("sh", ["-c", "sleep 0.3 & echo $!; exec sleep 30"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      const [line] = (await once(shell.stdout!, "data")) as [Buffer];
      const zombie = Number(line.toString().trim());
      await expect.poll(() => fs.readFileSync(`/proc/${zombie}/stat`, "utf8").split(") ")[1]?.[0], { timeout: 5000 }).toBe("Z");
      expect(pidExists(zombie)).toBe(false);
      expect(pidExists(shell.pid!)).toBe(true);
    } finally {
      shell.kill("SIGKILL");
      await once(shell, "close");
    }
    expect(pidExists(shell.pid!)).toBe(false);
  });
});
