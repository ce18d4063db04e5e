import { describe, expect, it } from "vitest";
import { decimal, id, idList, oneOf, text, url, whole } from "../loaders/fields.js";

describe("field types", () => {
  it("reads id lists separated by semicolons", () => {
    expect(idList().parse("a;b-c;D_1")).toEqual(["a", "b-c", "D_1"]);
    expect(idList().parse("")).toEqual([]);
    expect(idList().safeParse("a; b").success).toBe(false);
  });

  it("reads numbers strictly", () => {
    expect(whole().parse("12")).toBe(12);
    expect(whole().safeParse("1.5").success).toBe(false);
    expect(decimal().parse("-3.25")).toBe(-3.25);
    expect(decimal().safeParse("1,234").success).toBe(false);
    expect(decimal().safeParse("").success).toBe(false);
  });

  it("checks ids, texts, urls and enums", () => {
    expect(id().safeParse("F01").success).toBe(true);
    expect(id().safeParse("has space").success).toBe(false);
    expect(text().safeParse("  ").success).toBe(false);
    expect(text().parse(" x ")).toBe("x");
    expect(url().safeParse("https://example.org/a").success).toBe(true);
    expect(url().safeParse("ftp://x").success).toBe(false);
    const e = oneOf(["a", "b"] as const).safeParse("c");
    expect(e.success).toBe(false);
    expect(e.error?.issues[0]?.message).toBe("expected one of: a, b");
  });
});
