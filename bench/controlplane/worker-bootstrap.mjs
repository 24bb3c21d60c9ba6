// worker_threads entry: tsx's loader is per thread, register it here before the TS worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
