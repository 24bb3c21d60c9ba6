#!/usr/bin/env node
// Reads vitest's JSON report and prints the line CI looks for: "N passed, N failed".
// A missing report (type check or lint failed before vitest ran) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-results.json";
// argv[3], optional: the test command's exit code.
if (!existsSync(file)) {
  console.log("no vitest report (type check, lint or vitest itself failed)");
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, "utf8"));
const passed = r.numPassedTests ?? 0;
// Files that failed to load (or failed in a hook) hold no failed test but are failures all the
// same. Counted per file from testResults: vitest's numFailedTestSuites also counts every nested
// describe around a failed test, so one failed test in two describes read as 3 failures.
let failed = (r.numFailedTests ?? 0) + countFilesFailedWithoutTests(r);
// vitest's exit code (when given): an error outside any test (a test fork that died, an
// unhandled rejection) fails the run but is in no count of the report.
const exitCode = Number(process.argv[3] ?? 0);
if (exitCode !== 0 && failed === 0) {
  console.log(`vitest exited with ${exitCode} although no test failed: an error outside the tests (see above)`);
  failed = 1;
}
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function countFilesFailedWithoutTests(report) {
  return (report.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
}
