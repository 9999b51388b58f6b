import path from "node:path";

export const SNAPSHOT_DIR = path.resolve(process.env.PULSE_SNAPSHOT ?? "../shared/snapshot");
