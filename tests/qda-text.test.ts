import { describe, expect, it } from "vitest";
import { codePoints, crlfOneMap, decideCrlf, positioned, span, toFileOffset } from "../loaders/qda/text.js";

describe("positions in code points", () => {
  it("counts an emoji as one character, not two UTF-16 units", () => {
    const t = positioned("a👍b");
    expect(codePoints("a👍b")).toHaveLength(3);
    expect(span(t, 2, 3)).toBe("b");
  });

  it("maps CRLF-as-one positions to file offsets", () => {
    const chars = codePoints("ab\r\ncd");
    expect(crlfOneMap(chars)).toEqual([0, 1, 2, 4, 5, 6]);
    const t = positioned("ab\r\ncd");
    expect(span(t, toFileOffset(t, 3, "one")!, toFileOffset(t, 5, "one")!)).toBe("cd");
    expect(span(t, toFileOffset(t, 4, "two")!, toFileOffset(t, 6, "two")!)).toBe("cd");
    expect(toFileOffset(t, 6, "one")).toBeUndefined();
  });
});

describe("decideCrlf", () => {
  const text = "line one\r\nline two\r\nline three\r\n";
  const t = positioned(text);
  it("needs no decision without CRLF", () => {
    expect(decideCrlf(positioned("a\nb"), [], undefined).mode).toBe("two");
  });
  it("follows the selection labels", () => {
    // "line three" starts at 20 in the file, at 18 with CRLF counted once.
    expect(decideCrlf(t, [{ start: 18, end: 28, name: "line three" }], "Any").mode).toBe("one");
    expect(decideCrlf(t, [{ start: 20, end: 30, name: "line three" }], "ATLAS.ti").mode).toBe("two");
  });
  it("rules out a mode whose positions run past the text", () => {
    expect(decideCrlf(t, [{ start: 25, end: 31 }], "Any")).toMatchObject({ mode: "two" });
    const short = positioned("ab\r\ncd");
    expect(decideCrlf(short, [{ start: 4, end: 6 }], "ATLAS.ti").mode).toBe("two");
  });
  it("falls back on the tool: ATLAS.ti counts CRLF once, others twice", () => {
    expect(decideCrlf(t, [{ start: 0, end: 4 }], "ATLAS.ti 23").mode).toBe("one");
    expect(decideCrlf(t, [{ start: 0, end: 4 }], "NVivo").mode).toBe("two");
  });
});
