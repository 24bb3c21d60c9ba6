// The machine a run happened on, stored with every result file: absolute figures drift
// between machines (and on shared ones between runs); ratios in the same run hold.
import { cpus, release, totalmem } from "node:os";

export interface Machine {
  cpuModel: string;
  cores: number;
  kernel: string;
  node: string;
  memoryGB: number;
  nofileLimit: number;
}

export function machine(nofileLimit: number): Machine {
  const c = cpus();
  return {
    cpuModel: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    kernel: release(),
    node: process.version,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    nofileLimit,
  };
}
