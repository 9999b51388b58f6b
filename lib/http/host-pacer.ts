import PQueue from "p-queue";

// One queue per host: requests to a host run one at a time, `paceMs` after the previous one ended.
export class HostPacer {
  private readonly queues = new Map<string, PQueue>();
  private readonly lastEnd = new Map<string, number>();

  async run<T>(host: string, paceMs: number, task: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(host);
    if (!queue) {
      queue = new PQueue({ concurrency: 1 });
      this.queues.set(host, queue);
    }
    return queue.add(async () => {
      const wait = (this.lastEnd.get(host) ?? 0) + paceMs - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await task();
      } finally {
        this.lastEnd.set(host, Date.now());
      }
    }) as Promise<T>;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
