/** Test helpers: temporary copies of fixture folders that a test may mutate; a DOM for a test file; a study command run in this process. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll } from "vitest";
import { DataError, type Problem } from "../loaders/errors.js";
import { main } from "../scripts/study.js";

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

/**
 * A jsdom window as the globals the components use (`document`, `window`, and the named
 * constructors of the window, such as "KeyboardEvent") while the tests of the file (or block) run;
 * the globals as they were are put back after them, since test files share a worker.
 */
export function useDom(url = "http://127.0.0.1/", names: readonly string[] = []): void {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const g = globalThis as Record<string, unknown>;
  beforeAll(() => {
    const { window } = new JSDOM("<!doctype html><html><body></body></html>", { url });
    const values: Record<string, unknown> = { document: window.document, window, ...Object.fromEntries(names.map((n) => [n, (window as unknown as Record<string, unknown>)[n]])) };
    for (const [name, value] of Object.entries(values)) {
      saved.set(name, Object.getOwnPropertyDescriptor(g, name));
      g[name] = value;
    }
  });
  afterAll(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(g, name, descriptor);
      else delete g[name];
    }
  });
}

/** What a study command (`main` of scripts/study.ts, in this process) returned and printed. */
export interface CommandRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `npm run study -- <args>` in this process: its exit code and its lines on stdout and stderr. */
export async function studyCommand(args: string[]): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
