import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, HERE } from "./fixtures/interviews/make.js";

describe("the synthetic interview study's exports", () => {
  it("are exactly what tests/fixtures/interviews/make.ts writes", () => {
    for (const [name, make] of Object.entries(FIXTURES)) {
      const made = make();
      const bytes = typeof made === "string" ? new TextEncoder().encode(made) : made;
      expect(new Uint8Array(readFileSync(join(HERE, name))), name).toEqual(bytes);
    }
  });
});
