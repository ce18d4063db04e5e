/**
 * Runs a data loader or the root page's loader (src/data/*.ts, src/index.md.ts) in the test's own process,
 * instead of a tsx child process per call: the entry file is imported with `runEntry`
 * (loaders/site/entry.ts) handing over the function it is given instead of running it, and the
 * test calls that function under the environment the build gives. The entry file's own code runs
 * unchanged; only the last step (write stdout, or print the located problems and exit 1) is left
 * out. That step is checked once per kind of entry point in a child process:
 * tests/entrypoints.test.ts. (The pages' drawn-page loaders, src/[lang]/*.md.js, are plain
 * JavaScript and run as Framework runs them: tests/prerender-pages.test.ts.)
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { vi } from "vitest";
import type * as Entry from "../loaders/site/entry.js";

/** What an entry point computes: the text or bytes it writes to stdout. */
export type Produce = () => string | Uint8Array;

const loaded = new Map<string, Produce>();

/**
 * The function the entry point `entry` (a path from the project root) hands to runEntry, once
 * imported with `args` as its command line (a page loader reads `--lang=…` when imported).
 * Throws what importing it throws.
 */
export async function loadEntry(entry: string, args: string[] = []): Promise<Produce> {
  // One module instance per command line: the query makes the import a module of its own.
  const url = `${pathToFileURL(resolve(entry)).href}?args=${encodeURIComponent(JSON.stringify(args))}`;
  const known = loaded.get(url);
  if (known) return known;
  let produce: Produce | undefined;
  vi.doMock(resolve("loaders/site/entry.ts"), async (importOriginal) => ({
    ...(await importOriginal<typeof Entry>()),
    runEntry: (_label: string, given: Produce) => {
      produce = given;
    }
  }));
  const argv = process.argv;
  process.argv = [argv[0]!, resolve(entry), ...args];
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    process.argv = argv;
  }
  if (!produce) throw new Error(`${entry} did not call runEntry`);
  loaded.set(url, produce);
  return produce;
}

/** Runs `fn` with the environment variables `env` set (undefined: unset), then restores them. */
export function withEnv<T>(env: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  set(env);
  try {
    return fn();
  } finally {
    set(saved);
  }
}

/** What the entry point writes to stdout, run in this process with `env` (e.g. `{ STUDY: dir }`) and `args`. */
export async function entryOutput(entry: string, env: Record<string, string | undefined> = {}, args: string[] = []): Promise<string | Uint8Array> {
  const produce = await loadEntry(entry, args);
  return withEnv(env, produce);
}
