// Public surface of the balance module (the DLB addon's TypeScript side).
export * from "./addon.ts";
export * from "./errors.ts";
export * from "./sockets.ts";
export * from "./workers.ts";
