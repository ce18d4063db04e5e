/**
 * Runs a data-loader entry point: computes the whole output first, then writes it to stdout
 * (so a failure never leaves half a file); a DataError prints its located problems, without a
 * stack trace, and exits 1. Other errors are bugs and keep their stack.
 */
import { parseArgs } from "node:util";
import { DataError } from "../errors.js";
import { isLang, type Lang } from "../../src/shared/i18n/index.js";

export function runEntry(label: string, produce: () => string | Uint8Array): void {
  let output: string | Uint8Array;
  try {
    output = produce();
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`${label}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  process.stdout.write(output);
}

/** The language a page loader of `src/[lang]/` is run for (`--lang=id|en`). */
export function langArg(label: string, args: string[] = process.argv.slice(2)): Lang {
  const { values } = parseArgs({ args, options: { lang: { type: "string" } }, strict: false });
  if (!isLang(values.lang)) throw new Error(`${label}: expected --lang=id or --lang=en, got ${String(values.lang)}`);
  return values.lang;
}
