/** Test helpers: temporary copies of fixture folders that a test may mutate. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
