// Test-only fault points: where a crash would hurt most (inside the
// transaction of a submission, a step, a signing), the tests make one happen —
// an exception, or a real SIGKILL of the process — and then check that the
// change landed whole or not at all. Inert unless SIPADU_TEST_FAULTS=1, which
// only the test scripts set; a production server never reads the rest.
//   SIPADU_FAULT="<point>[:kill]"          armed by the environment (child processes, vitest)
//   SIPADU_FAULT_FILE=<path> with the same  armed while the file exists (a running test server)
import { existsSync, readFileSync } from "node:fs";

export type FaultPoint = "intake:before-commit" | "step:before-commit" | "signing:after-render" | "page:dashboard";

function armed(): string | null {
  if (process.env.SIPADU_FAULT) return process.env.SIPADU_FAULT;
  const file = process.env.SIPADU_FAULT_FILE;
  if (file && existsSync(file)) return readFileSync(file, "utf8").trim() || null;
  return null;
}

export function faultPoint(point: FaultPoint): void {
  if (process.env.SIPADU_TEST_FAULTS !== "1") return;
  const [name, action] = (armed() ?? "").split(":kill");
  const kill = action !== undefined;
  if (name !== point) return;
  if (kill) process.kill(process.pid, "SIGKILL");
  throw new Error(`[test fault] ${point}`);
}
