import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/*.test.ts"],
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/*.test.ts"],
          // One hermetic build (in a loopback-only network namespace where possible) for every browser test.
          globalSetup: ["tests/browser/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
});
