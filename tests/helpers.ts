/** Test helpers: temporary copies of fixture folders that a test may mutate. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataError, type Problem } from "../loaders/errors.js";

export function copyFixture(dir: string): string {
  const target = mkdtempSync(join(tmpdir(), "fixture-"));
  cpSync(dir, target, { recursive: true });
  return target;
}

/** Replaces `from` with `to` in a file of a copied fixture (the text must occur). */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf-8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}

/** The located problems `f` throws as a DataError (or the given subclass, such as ImportError); fails when it throws none. */
export function problemsOf(f: () => unknown, type: abstract new (...args: never[]) => DataError = DataError): readonly Problem[] {
  try {
    f();
  } catch (error) {
    if (error instanceof type) return error.problems;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
