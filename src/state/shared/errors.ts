// Errors of the shared (SharedArrayBuffer) state. Codes:
// - ZTS_SHARED_CHECKSUM: a record read under a stable sequence number failed its checksum
//   (memory was written outside the writer's protocol — a bug, never a race);
// - ZTS_SHARED_GENERATION: a reader saw a new table generation but its buffers never arrived
//   on its port (the handle was not the writer's, or the port was closed);
// - ZTS_SHARED_HANDLE: a value passed as a shared-state handle is not one;
// - ZTS_SHARED_READ_ONLY: a delta reached a thread that reads the shared state (only the
//   main thread applies; workers are told of changes, not given them).
import { ZtsError } from "../../errors.ts";

export type SharedStateErrorCode =
  | "ZTS_SHARED_CHECKSUM"
  | "ZTS_SHARED_GENERATION"
  | "ZTS_SHARED_HANDLE"
  | "ZTS_SHARED_READ_ONLY";

export class SharedStateError extends ZtsError {
  declare readonly code: SharedStateErrorCode;
}
