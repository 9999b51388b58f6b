import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";

/** The process a run belongs to; `instance` tells apart two processes that got the same pid (a restarted container). */
export type RunOwner = { pid: number; host: string; instance: string };

const INSTANCE = randomUUID();

export function currentOwner(): RunOwner {
  return { pid: process.pid, host: os.hostname(), instance: INSTANCE };
}

export type Liveness = "alive" | "dead" | "unknown";

/**
 * Signal 0 checks that a pid exists without touching it; EPERM means it exists under another user.
 * A killed process whose parent died with it can stay a zombie until an init that may never reap it
 * does: it answers signal 0 but will never finish its run, so on Linux its state in /proc decides.
 */
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    // The state follows the parenthesised command name, which may itself hold spaces or parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

/**
 * Whether the process that started a run still runs. Only a process on this host can be checked;
 * a run of another host, or one recorded before owners were, is "unknown" (the caller's age rule decides).
 */
export function ownerLiveness(owner: unknown, self: RunOwner = currentOwner(), exists: (pid: number) => boolean = pidExists): Liveness {
  if (!isRunOwner(owner) || owner.host !== self.host) return "unknown";
  if (owner.pid === self.pid) return owner.instance === self.instance ? "alive" : "dead";
  return exists(owner.pid) ? "alive" : "dead";
}

function isRunOwner(value: unknown): value is RunOwner {
  if (typeof value !== "object" || value === null) return false;
  const owner = value as Record<string, unknown>;
  return Number.isInteger(owner.pid) && typeof owner.host === "string" && typeof owner.instance === "string";
}
