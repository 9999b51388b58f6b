/**
 * Runs a command's main: its result becomes the exit code, an error is one line, not a stack trace.
 * The process ends on its own so that piped output is flushed before it exits.
 */
export function runCli(name: string, main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
}
