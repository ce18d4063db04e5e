/** A study command: its usage line, its options (node:util parseArgs) and what it does. */
import type { ParseArgsConfig } from "node:util";
import { UsageError, type Io } from "./io.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;
export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  /** Its usage line(s), after `npm run study -- `. */
  usage: string;
  options: Options;
  /** How many positional arguments it takes. */
  positionals: [min: number, max: number];
  run(positionals: string[], values: Values, io: Io): number;
}

/** `--crlf auto|one|two`. */
export function crlfOption(value: unknown): "auto" | "one" | "two" {
  const crlf = (value as string | undefined) ?? "auto";
  if (crlf !== "auto" && crlf !== "one" && crlf !== "two") throw new UsageError("--crlf is auto, one or two");
  return crlf;
}
