import { defineConfig } from "vitest/config";

/**
 * Two projects, one after the other (sequence.groupOrder), with the builds in between overlapped:
 *
 * - unit: tests/*.test.ts, in worker threads that share imported modules. While they run, the browser project's global setup
 *   (tests/browser/setup.ts, which vitest runs before any test) builds the sites in the background.
 * - browser: tests/browser/*.test.ts, two files at a time (each with its own server and Chromium);
 *   each file waits for the build it needs, and a sweep visits up to `maxConcurrency` pages at
 *   once in one browser.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/*.test.ts"],
          testTimeout: 30_000,
          // Worker threads start faster than child processes, and the files of a worker share the
          // modules they import (no unit test needs a process of its own; a test file that sets
          // globals puts them back: tests/helpers.ts `useDom`).
          pool: "threads",
          isolate: false,
          sequence: { groupOrder: 0 }
        }
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/*.test.ts"],
          globalSetup: ["tests/browser/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
          // The files of a worker share the modules they import; each has its own server and Chromium.
          isolate: false,
          maxWorkers: 3,
          maxConcurrency: 4
        }
      }
    ]
  }
});
