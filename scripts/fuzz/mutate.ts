/**
 * Mutations of text files shared by every input family: each mutation is a plain JSON value
 * (so fast-check can shrink it and a counterexample prints readably), applied to a file's text
 * and then, optionally, to its bytes (encodings, BOMs, invalid UTF-8, NUL bytes, truncation).
 * Positions are fractions of the text, so one mutation means the same thing on any file.
 */
import fc from "fast-check";

/** Awkward values for a CSV field, an attribute or a JSON leaf: types, ids, paths, Unicode, markup. */
export const AWKWARD = [
  "", " ", "-1", "0", "1", "2", "007", "1.5", "-0", "1e3", "1e309", "NaN", "Infinity", "0x1F", "99999999999999999999",
  "nineteen", "__proto__", "constructor", "toString", "hasOwnProperty", "null", "true", "[]", "{}",
  "a;b", ";", ";;", "a; b", " x", "x ", "\t", "\"", "\"\"", "'", "\\", ",", "a,b", "\n", "\r\n", "\r",
  "é", "e\u0301", "😀", "\uFEFF", "\u200B", "\u0000", "\u0007", "\u2028",
  ".", "..", "../x", "../../etc/passwd", "/etc/passwd", "C:\\x", "a/b", "source", "mini.txt", "study.json",
  "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "&amp;", "%ZZ", "%2e%2e%2f",
  "2024-13", "2024-02-30", "2019", "x".repeat(300), "ab".repeat(2000),
  "programme", "gap", "strength", "neutral", "percent", "children", "high",
  "081234567890", "someone@example.org", "3578010101010001"
] as const;

/** A value for a field: an awkward value, a short random string, or one of the base's own tokens. */
export function value(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...AWKWARD) },
    { weight: 4, arbitrary: pool.length ? fc.constantFrom(...pool) : fc.constant("x") },
    { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 100_000 }).map(String) }
  );
}

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const index = fc.nat({ max: 200 });

export type TextOp =
  | { op: "insert"; at: number; text: string }
  | { op: "delete"; at: number; length: number }
  | { op: "token"; index: number; to: string }
  | { op: "number"; index: number; to: string }
  | { op: "shift"; index: number; by: number }
  | { op: "line"; kind: "dup" | "drop" | "swap" | "cut"; index: number; other: number }
  | { op: "quote"; index: number; how: "unclosed" | "stray" | "trailing" | "wrap" | "newline" }
  | { op: "header"; kind: "rename" | "dup" | "drop" | "swap" | "upper" | "pad"; index: number; to: string }
  | { op: "ends"; to: "\r\n" | "\r" | "\n\n" }
  | { op: "bom"; count: number }
  | { op: "empty"; to: "" | " " | "\n" | "\uFEFF" | "\r\n\r\n" };

export type ByteOp =
  | { op: "utf16le" }
  | { op: "utf16be" }
  | { op: "latin1" }
  | { op: "invalid"; at: number; byte: number }
  | { op: "nul"; at: number }
  | { op: "cut"; at: number };

/** Text mutations. `pool` holds the base's own tokens (ids, names), so references can be swapped. */
export function textOp(pool: readonly string[], inserts: fc.Arbitrary<string> = value(pool)): fc.Arbitrary<TextOp> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant("insert" as const), at, text: inserts }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 6, arbitrary: fc.record({ op: fc.constant("token" as const), index, to: value(pool) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant("number" as const), index, to: value(pool) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant("shift" as const), index, by: fc.integer({ min: -3, max: 3 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("line" as const), kind: fc.constantFrom("dup" as const, "drop" as const, "swap" as const, "cut" as const), index, other: index }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant("quote" as const), index, how: fc.constantFrom("unclosed" as const, "stray" as const, "trailing" as const, "wrap" as const, "newline" as const) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("header" as const), kind: fc.constantFrom("rename" as const, "dup" as const, "drop" as const, "swap" as const, "upper" as const, "pad" as const), index, to: value(pool) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("ends" as const), to: fc.constantFrom("\r\n" as const, "\r" as const, "\n\n" as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("bom" as const), count: fc.integer({ min: 1, max: 2 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("empty" as const), to: fc.constantFrom("" as const, " " as const, "\n" as const, "\uFEFF" as const, "\r\n\r\n" as const) }) }
  );
}

export const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.constant({ op: "utf16le" as const }),
  fc.constant({ op: "utf16be" as const }),
  fc.constant({ op: "latin1" as const }),
  fc.record({ op: fc.constant("invalid" as const), at, byte: fc.constantFrom(0x80, 0xc3, 0xe2, 0xf0, 0xfe, 0xff) }),
  fc.record({ op: fc.constant("nul" as const), at }),
  fc.record({ op: fc.constant("cut" as const), at })
);

/** Usually no byte-level change; sometimes an encoding, invalid bytes or a cut. */
export const maybeByteOp: fc.Arbitrary<ByteOp | undefined> = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: byteOp });

const pos = (text: string, f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));

/** Ranges of `re`'s matches in `text`. */
function spans(text: string, re: RegExp): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
function replaceSpan(text: string, list: [number, number][], i: number, to: (old: string) => string): string {
  if (!list.length) return text;
  const [s, e] = list[i % list.length]!;
  return text.slice(0, s) + to(text.slice(s, e)) + text.slice(e);
}

export function applyTextOp(text: string, m: TextOp): string {
  switch (m.op) {
    case "insert": {
      const p = pos(text, m.at);
      return text.slice(0, p) + m.text + text.slice(p);
    }
    case "delete": {
      const p = pos(text, m.at);
      return text.slice(0, p) + text.slice(p + m.length);
    }
    case "token":
      return replaceSpan(text, spans(text, /[^,\n\r"]+/g), m.index, () => m.to);
    case "number":
      return replaceSpan(text, spans(text, /-?\d+(?:\.\d+)?/g), m.index, () => m.to);
    case "shift":
      return replaceSpan(text, spans(text, /\d+/g), m.index, (old) => String(Number(old) + m.by));
    case "line": {
      const lines = text.split("\n");
      const i = m.index % lines.length;
      const j = m.other % lines.length;
      if (m.kind === "dup") lines.splice(i, 0, lines[i]!);
      else if (m.kind === "drop") lines.splice(i, 1);
      else if (m.kind === "swap") [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else lines.length = i + 1;
      return lines.join("\n");
    }
    case "quote": {
      const cells = spans(text, /[^,\n\r]+/g);
      return replaceSpan(text, cells, m.index, (old) => {
        if (m.how === "unclosed") return `"${old}`;
        if (m.how === "stray") return `${old.slice(0, 1)}"${old.slice(1)}`;
        if (m.how === "trailing") return `"${old.replace(/"/g, "")}"x`;
        if (m.how === "wrap") return `"${old.replace(/"/g, '""')}"`;
        return `"${old.replace(/"/g, '""')}\n${old.replace(/"/g, '""')}"`;
      });
    }
    case "header": {
      const nl = text.indexOf("\n");
      const head = nl < 0 ? text : text.slice(0, nl);
      const rest = nl < 0 ? "" : text.slice(nl);
      const cols = head.split(",");
      const i = m.index % cols.length;
      if (m.kind === "rename") cols[i] = m.to;
      else if (m.kind === "dup") cols.splice(i, 0, cols[i]!);
      else if (m.kind === "drop") cols.splice(i, 1);
      else if (m.kind === "swap") [cols[0], cols[i]] = [cols[i]!, cols[0]!];
      else if (m.kind === "upper") cols[i] = cols[i]!.toUpperCase();
      else cols[i] = ` ${cols[i]} `;
      return cols.join(",") + rest;
    }
    case "ends":
      return text.replace(/\n/g, m.to);
    case "bom":
      return "\uFEFF".repeat(m.count) + text;
    case "empty":
      return m.to;
  }
}

export function applyByteOp(text: string, m: ByteOp | undefined): Uint8Array {
  const utf8 = new Uint8Array(Buffer.from(text, "utf-8"));
  if (!m) return utf8;
  const p = (f: number) => Math.min(utf8.length, Math.floor(f * (utf8.length + 1)));
  switch (m.op) {
    case "utf16le":
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf16le"));
    case "utf16be":
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf16le").swap16());
    case "latin1":
      return new Uint8Array(Buffer.from(text.replace(/[^\u0000-\u00ff]/g, "?"), "latin1"));
    case "invalid":
    case "nul": {
      const i = p(m.at);
      return new Uint8Array([...utf8.subarray(0, i), m.op === "nul" ? 0 : m.byte, ...utf8.subarray(i)]);
    }
    case "cut":
      return utf8.slice(0, p(m.at));
  }
}

/** The tokens of some texts that look like ids or names (for swapping references). */
export function tokens(texts: readonly string[], max = 120): string[] {
  const set = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/[A-Za-z][\w.-]{0,40}/g)) set.add(m[0]);
  const all = [...set].sort();
  // Evenly spread over the sorted tokens, so that every file's ids have a chance.
  return all.length <= max ? all : Array.from({ length: max }, (_, i) => all[Math.floor((i * all.length) / max)]!);
}
