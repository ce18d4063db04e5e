import { describe, expect, it } from "vitest";
import { locate, normalizeSegment, sliceCodePoints } from "../loaders/study/locate.js";

describe("locators", () => {
  it("ignores emphasis asterisks and folds whitespace only", () => {
    expect(normalizeSegment("  *co-production*  telah\n\nberjalan ")).toBe("co-production telah berjalan");
  });

  it("counts offsets in code points, not UTF-16 units", () => {
    const source = "a😀b c";
    expect(sliceCodePoints(source, 1, 3)).toBe("😀b");
    expect(locate(source, 1, 3, "😀b")).toBeUndefined();
  });

  it("says what the source has when the text differs", () => {
    expect(locate("alpha beta", 0, 5, "alpha")).toBeUndefined();
    expect(locate("alpha beta", 0, 5, "beta")).toEqual({ field: "text", message: 'text does not match the source at 0-5 (the source has "alpha")' });
    expect(locate("alpha", 2, 1, "x")?.field).toBe("end");
    expect(locate("alpha", 0, 99, "x")?.message).toMatch(/past the end/);
  });
});
