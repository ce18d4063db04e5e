import { describe, expect, it } from "vitest";
import { z } from "zod";
import { REJECT, decimal, fastCheckOf, id, idList, idOrEmpty, oneOf, oneOfAnyCase, optionalText, rowCheck, text, url, whole, wholeOrEmpty } from "../loaders/fields.js";
import { findingSchema } from "../loaders/study/schema.js";

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
    expect(wholeOrEmpty().parse("")).toBeNull();
    expect(wholeOrEmpty().parse("7")).toBe(7);
    expect(wholeOrEmpty().safeParse(" ").success).toBe(false);
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
    expect(oneOfAnyCase(["text", "integer"] as const).parse(" Integer")).toBe("integer");
    expect(oneOfAnyCase(["text", "integer"] as const).safeParse("number").error?.issues[0]?.message).toBe("expected one of: text, integer");
  });
});

describe("fast checks", () => {
  const fields = {
    text: text(),
    optionalText: optionalText(),
    id: id(),
    idOrEmpty: idOrEmpty(),
    whole: whole(),
    wholeOrEmpty: wholeOrEmpty(),
    oneOfAnyCase: oneOfAnyCase(["gap", "text"] as const),
    decimal: decimal(),
    idList: idList(),
    oneOf: oneOf(["strength", "gap", "neutral"] as const),
    url: url()
  };
  const samples = ["", " ", "a", " a ", "F01", "a-b_c", "-a", "a b", "12", "012", "1.5", "-3.25", "1,234", "a;b", "a;;b", "a; b", ";a",
    "gap", "Gap", "gap ", "https://x.org/a", "http://", "ftp://x", "\u00a0x\u00a0", "\ufeff", "a\nb", "ünï", "9".repeat(30)];

  it("accept only what zod accepts, with the same output", () => {
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const alphabet = "aZ09-_;. ,:/\u00a0\nü";
    const generated = Array.from({ length: 3000 }, () =>
      Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("")
    );
    for (const [name, schema] of Object.entries(fields)) {
      const check = fastCheckOf(schema)!;
      expect(check, name).toBeTypeOf("function");
      let accepted = 0;
      for (const value of [...samples, ...generated]) {
        const fast = check(value);
        const slow = schema.safeParse(value);
        if (fast === REJECT) continue;
        accepted++;
        expect(slow.success, `${name}(${JSON.stringify(value)})`).toBe(true);
        expect(fast, `${name}(${JSON.stringify(value)})`).toEqual(slow.data);
      }
      expect(accepted, name).toBeGreaterThan(0);
    }
  });

  it("accept the usual valid values (so the fast path is taken)", () => {
    for (const [name, value] of [["text", " a "], ["id", "F01"], ["idOrEmpty", ""], ["whole", "12"], ["wholeOrEmpty", ""], ["oneOfAnyCase", "Gap"], ["decimal", "-3.25"], ["idList", "a;b"], ["oneOf", "gap"], ["url", "https://x.org"]] as const) {
      expect(fastCheckOf(fields[name])!(value), name).not.toBe(REJECT);
    }
  });

  it("check whole rows like zod, key order included, and only for schemas built from these fields", () => {
    const row = rowCheck(findingSchema)!;
    const record: Record<string, string> = {
      id: "F1", source: "s.txt", section: "5.1", item: "a", start: "0", end: "10", dimension: "", subcodes: "", valence: "gap",
      actors: "a;b", stages: "", text_id: " teks ", text_en: "text"
    };
    const cells = Object.values(record).reverse();
    const at = row.keys.map((k) => cells.indexOf(record[k]!));
    const slow = findingSchema.parse(record);
    const fast = row.check(cells, at);
    expect(fast).toEqual(slow);
    expect(Object.keys(fast!)).toEqual(Object.keys(slow));
    expect(row.check(cells.map((c) => (c === "gap" ? "gaps" : c)), at)).toBeUndefined();
    expect(rowCheck(z.object({ a: id(), b: z.string() }))).toBeUndefined();
    expect(rowCheck(z.object({ a: id() }).passthrough())).toBeUndefined();
    expect(rowCheck(z.object({ a: id() }).strict())).toBeUndefined();
    expect(rowCheck(z.object({ a: id() }).refine(() => true) as unknown as z.ZodObject)).toBeUndefined();
  });
});
