// Brings the database schema up to date once at server start; schedules run in the worker, not here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readEnv } = await import("@/lib/env");
  const { openDb } = await import("@/db/client");
  const { migrateDb } = await import("@/db/migrate");
  const db = openDb(readEnv().PULSE_DB);
  migrateDb(db);
  db.$client.close();
}
