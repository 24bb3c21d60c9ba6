// worker_threads entry: registers tsx in this thread (loaders are per thread) so the
// TypeScript worker runs from source, then hands over to worker.ts.
import { register } from "tsx/esm/api";

register();
await import("./runtime.ts");
