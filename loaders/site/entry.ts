/**
 * Runs a data-loader entry point: computes the whole output first, then writes it to stdout
 * (so a failure never leaves half a file); a DataError prints its located problems, without a
 * stack trace, and exits 1. Other errors are bugs and keep their stack.
 */
import { DataError } from "../errors.js";

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
