// Prints the plain `N passed, N failed` line CI reads, from vitest's JSON report.
import fs from "node:fs";

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.log("0 passed, 1 failed (no test report: typecheck, lint or build failed before the tests)");
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(file, "utf8"));
// A suite that fails to load has no failed tests of its own: count it as one failure.
const failed = report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
console.log(`${report.numPassedTests} passed, ${failed} failed`);
