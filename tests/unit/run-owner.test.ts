import { describe, expect, test } from "vitest";
import { ownerLiveness, type RunOwner } from "@/db/ingest/run-owner";

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
