/**
 * `npm run study -- <command>`: bring your own study (docs/bring-your-own-study.md). Each command
 * lives in scripts/study/ and reads its command line with node:util parseArgs:
 *
 *   init <folder>                             an empty study that validates, to fill in
 *   validate <folder>                         check a study folder; every problem as file:line: field: message
 *   import <file.qdpx|file.qde|file.csv> --out <folder> [options]
 *   export <folder> --out <file.qdpx>         write the study as a REFI-QDA project
 *   agree <file.qdpx> [<other.qdpx>]          agreement between two coders (docs/agreement.md)
 *   matrix <folder> --by <variable|case>      the dimensions against the cases
 *
 * Exit codes: 0 done, 1 problems in the data (printed), 2 wrong usage. Results go to stdout,
 * progress and warnings to stderr; a failed run writes nothing (output is written beside its target
 * and renamed into place only when complete and valid). `main` runs in-process (tests call it with
 * their own writers; `runCommand` is the same, synchronous); run as a script, it sets the process's
 * exit code.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DataError } from "../loaders/errors.js";
import { ImportError } from "../loaders/qda/import.js";
import { agreeCommand } from "./study/agree.js";
import type { Command } from "./study/command.js";
import { exportCommand } from "./study/export.js";
import { importCommand } from "./study/import.js";
import { initCommand } from "./study/init.js";
import { consoleIo, printProblems, UsageError, type Io } from "./study/io.js";
import { matrixCommand } from "./study/matrix.js";
import { validateCommand } from "./study/validate.js";

export { DEFAULT_CODEBOOK, MAX_INPUT_BYTES, type Io } from "./study/io.js";

export const COMMANDS: Record<string, Command> = {
  init: initCommand,
  validate: validateCommand,
  import: importCommand,
  export: exportCommand,
  agree: agreeCommand,
  matrix: matrixCommand
};

export const USAGE = `usage:\n${Object.values(COMMANDS)
  .map((c) => `  npm run study -- ${c.usage}`)
  .join("\n")}`;

/** Runs one command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  return runCommand(argv, io);
}

/** The same, synchronously (every command is synchronous; the fuzzer's harness is too). */
export function runCommand(argv: readonly string[], io: Io = consoleIo): number {
  try {
    const [name, ...args] = argv;
    const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : undefined;
    if (!command) throw new UsageError(name ? `unknown command "${name}"` : "no command given");
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: [...args], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      // parseArgs says what is wrong (an unknown option, a missing value) in its TypeError.
      if (error instanceof TypeError) throw new UsageError(`${name}: ${error.message}`);
      throw error;
    }
    const [min, max] = command.positionals;
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(`${name} takes ${min === max ? min : `${min} or ${max}`} argument${max === 1 ? "" : "s"} (got ${parsed.positionals.length})`);
    }
    return command.run(parsed.positionals, parsed.values as Record<string, string | boolean | undefined>, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`study: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ImportError || error instanceof DataError) {
      printProblems(io, error.problems);
      io.err(`study: ${error.problems.length} problem(s); nothing was written`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
