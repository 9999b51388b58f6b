import { randomUUID } from "node:crypto";
import os from "node:os";

/** The process a run belongs to; `instance` tells apart two processes that got the same pid (a restarted container). */
export type RunOwner = { pid: number; host: string; instance: string };

const INSTANCE = randomUUID();

export function currentOwner(): RunOwner {
  return { pid: process.pid, host: os.hostname(), instance: INSTANCE };
}

export type Liveness = "alive" | "dead" | "unknown";

/** Signal 0 checks that a pid exists without touching it; EPERM means it exists under another user. */
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
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
