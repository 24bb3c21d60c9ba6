// `ztunnel-ts [proxy|control-plane|demo|config] …` — parses the sub-command and hands
// over to its module in src/commands/. Start-up errors (bad env, bad mesh file) print
// one clear line and exit non-zero instead of a stack trace.
import { formatSettingsHelp } from "./config.ts";
import { ZtsError } from "./errors.ts";

export interface Command {
  summary: string;
  run(args: string[]): Promise<void>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {};

/** Lets each command module register itself without cli.ts importing all of them eagerly. */
export function registerCommand(name: string, load: () => Promise<Command>): void {
  COMMANDS[name] = load;
}

async function usage(): Promise<string> {
  const lines = ["usage: ztunnel-ts <command> [options]", "", "commands:"];
  for (const [name, load] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(14)} ${(await load()).summary}`);
  lines.push("", "environment (read once at start; durations: 500ms, 5s, 5m, 1h or seconds):", formatSettingsHelp());
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<void> {
  await import("./commands/index.ts");
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(await usage());
    return;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`ztunnel-ts: unknown command ${JSON.stringify(name)}; one of: ${Object.keys(COMMANDS).join(", ")}`);
    process.exitCode = 2;
    return;
  }
  try {
    const cmd = await load();
    if (rest.includes("--help") || rest.includes("-h")) {
      console.log(`ztunnel-ts ${name}: ${cmd.summary}\n\n${formatSettingsHelp()}`);
      return;
    }
    await cmd.run(rest);
  } catch (err) {
    if (err instanceof ZtsError) {
      console.error(`ztunnel-ts ${name}: ${err.message} [${err.code}]`);
      process.exit(1);
    }
    throw err;
  }
}
