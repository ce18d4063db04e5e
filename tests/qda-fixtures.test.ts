import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, HERE, position, TRANSCRIPT_CRLF } from "./fixtures/qda/generate.js";

describe("the synthetic QDA fixtures", () => {
  it("are exactly what tests/fixtures/qda/generate.ts writes", () => {
    for (const [name, make] of Object.entries(FIXTURES)) {
      const made = make();
      const bytes = typeof made === "string" ? new TextEncoder().encode(made) : made;
      expect(new Uint8Array(readFileSync(join(HERE, name))), name).toEqual(bytes);
    }
  });
  it("count positions the way each tool family does", () => {
    const needle = "Komunikasi lewat grup WhatsApp";
    // Four CRLF before it and an emoji (one code point, two UTF-16 units).
    expect(position(TRANSCRIPT_CRLF, needle, "crlf-two").start - position(TRANSCRIPT_CRLF, needle, "crlf-one").start).toBe(4);
    const after = position(TRANSCRIPT_CRLF, "dan semua kader", "crlf-two");
    expect(after.start).toBe(TRANSCRIPT_CRLF.indexOf("dan semua kader") - 2);
  });
});
