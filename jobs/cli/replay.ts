import { readEnv, snapshotDir } from "@/lib/env";
import { parseFaults, type Fault } from "@/lib/replay/faults";
import { createReplayServer } from "@/lib/replay/server";

async function main(): Promise<void> {
  const env = readEnv();
  const dir = snapshotDir(env);
  // Read here rather than in lib/env: only this entry point takes faults from the environment.
  const faultsJson = process.env.PULSE_REPLAY_FAULTS;
  const faults: Fault[] = faultsJson ? parseFaults(faultsJson) : [];

  const server = await createReplayServer({ snapshotDir: dir, port: env.PULSE_REPLAY_PORT, faults });
  console.log(`replay: serving ${server.recordedCount} recorded responses from ${dir} on ${server.url}`);
  if (faults.length > 0) console.log(`replay: ${faults.length} fault(s) from PULSE_REPLAY_FAULTS`);

  const stop = (signal: NodeJS.Signals) => {
    console.log(`replay: ${signal}, closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`replay: close failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`replay: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
