/**
 * Seeded random study texts for the rendering family of `npm run fuzz` (docs/fuzzing.md): each
 * text is a visible mark naming its field (`«R12.3»`: field 12, its third value) and one to five
 * pieces drawn from the categories below, shaped to the field's kind:
 *
 * - `html`: tags with handlers, script addresses (plain and disguised with entities and spaces),
 *   frames, srcdoc, entities, comments, CDATA, unclosed and stray closing tags, break-outs;
 * - `markdown`: links (`javascript:` ones too), emphasis, headings, lists, tables, code fences,
 *   quotes, and Framework's `${…}` and template `{{…}}` markers;
 * - `bidi`: the bidirectional controls U+202A–U+202E, U+2066–U+2069, U+200E and U+200F, with
 *   right-to-left words;
 * - `zero-width`: U+200B–U+200D, U+FEFF and U+2060 inside words;
 * - `combining`: letters under many combining marks;
 * - `emoji`: emoji (sequences, flags, skin tones) and other astral characters;
 * - `long-word`: hundreds of characters without a space;
 * - `quotes`: quotes of every kind and backslashes, as string and attribute break-outs;
 * - and plain `words` between them.
 *
 * Every payload that could run calls `alert(n)` with its field's number n, and every tag carries
 * `data-fz="n"`, so whatever runs or becomes markup names its field (`fieldsNamed`).
 *
 * A text depends only on the seed and on what it replaces (`randomText(seed, key, …)`), drawn with
 * fast-check without its bias towards small values.
 */
import fc from "fast-check";
import type { TextKind } from "./studyTexts.js";

export const CATEGORIES = ["html", "markdown", "bidi", "zero-width", "combining", "emoji", "long-word", "quotes"] as const;
export type Category = (typeof CATEGORIES)[number] | "words";

export interface Piece {
  category: Category;
  text: string;
}

export interface RandomText {
  text: string;
  /** The categories of its pieces. */
  categories: Category[];
}

/** The visible mark of field `n`'s value `v`. */
export const mark = (n: number, v: number) => `«R${n}.${v}»`;

/** The numbers of the fields a text names: their marks, the `alert(n)` of their payloads, their tags' `data-fz`. */
export function fieldsNamed(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.matchAll(/«R(\d+)\.\d+»|\balert\((\d+)\)|data-fz=["']?(\d+)|<x-fz(\d+)/g)) found.add(Number(m[1] ?? m[2] ?? m[3] ?? m[4]));
  return [...found].sort((a, b) => a - b);
}

/** The values a text names by their marks: `«R12.3»` is field 12's third value, as "12.3". */
export function valuesNamed(text: string): string[] {
  return [...new Set([...text.matchAll(/«R(\d+\.\d+)»/g)].map((m) => m[1]!))];
}

const WORDS = ["kata", "teks", "uji", "ibu", "anak", "data", "word", "text", "test", "mother", "child", "note"];
const RTL_WORDS = ["שלום", "مرحبا", "עברית", "العربية", "1 + 2 = 3"];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));

const html = (n: number) =>
  fc.constantFrom(
    `<script>alert(${n})</script>`,
    `<script data-fz="${n}">alert(${n})</script>`,
    `<img src=x onerror=alert(${n}) data-fz=${n}>`,
    `<svg onload=alert(${n}) data-fz=${n}>`,
    `<svg data-fz=${n}><script>alert(${n})</script></svg>`,
    `<a href="javascript:alert(${n})" data-fz=${n}>link</a>`,
    `<a href="&#106;&#97;vascript:alert(${n})" data-fz=${n}>entity link</a>`,
    `<a href=" &#x09;java&#x0A;script:alert(${n})" data-fz=${n}>spaced link</a>`,
    `<iframe srcdoc="&lt;script&gt;alert(${n})&lt;/script&gt;" data-fz=${n}></iframe>`,
    `<object data="javascript:alert(${n})" data-fz=${n}></object>`,
    `<embed src="javascript:alert(${n})" data-fz=${n}>`,
    `<details open ontoggle=alert(${n}) data-fz=${n}>`,
    `<input autofocus onfocus=alert(${n}) data-fz=${n}>`,
    `<form action="javascript:alert(${n})" data-fz=${n}><button formaction="javascript:alert(${n})">go</button></form>`,
    `<svg data-fz=${n}><a xlink:href="javascript:alert(${n})"><text x="0" y="9">svg link</text></a></svg>`,
    `<math data-fz=${n}><mtext><table><mglyph><style><img src=x onerror=alert(${n})>`,
    `<noscript><p title="</noscript><img src=x onerror=alert(${n}) data-fz=${n}>">`,
    `<template data-fz=${n}><img src=x onerror=alert(${n})></template>`,
    `<video data-fz=${n}><source onerror=alert(${n})></video>`,
    `<body onload=alert(${n}) data-fz=${n}>`,
    `<style data-fz=${n}>*{display:none}</style>`,
    `<base href="javascript:alert(${n})//" data-fz=${n}>`,
    `<meta http-equiv="refresh" content="0;url=javascript:alert(${n})" data-fz=${n}>`,
    `<x-fz${n} data-fz=${n}>custom element</x-fz${n}>`,
    `<div style="width:4000px" data-fz=${n}>wide box</div>`,
    `<b data-fz=${n}>unclosed bold`,
    `<i data-fz=${n}>`,
    `</div></td></tr></table></svg></textarea></title></style></script></p>`,
    `"><img src=x onerror=alert(${n}) data-fz=${n}>`,
    `'><svg/onload=alert(${n}) data-fz=${n}>`,
    `</title><script>alert(${n})</script>`,
    `<!-- comment ${n} -->`,
    `<!-- unclosed comment`,
    `--> <!--> <!---> --!>`,
    `<![CDATA[<script>alert(${n})</script>]]>`,
    `]]> <? processing ?> <!DOCTYPE html>`,
    `&amp; &lt;b&gt; &#60;script&#62; &#x3C;/p&#x3E; &nbsp; &#0; &bogus; & &amp`,
    `<`,
    `<a`,
    `< / >`
  );

const markdown = (n: number) =>
  fc.constantFrom(
    `[link](javascript:alert(${n}))`,
    `[link](JaVaScRiPt:alert(${n}))`,
    `[link]( javascript:alert(${n}) "title")`,
    `<javascript:alert(${n})>`,
    `![image](javascript:alert(${n}))`,
    `![image](x "onerror=alert(${n})")`,
    `[reference][r${n}]\n\n[r${n}]: javascript:alert(${n})`,
    `[safe link](https://example.org/?q=${n} "t")`,
    `*emphasis* **strong** _under_ __strong__ ~~struck~~ ***both***`,
    `\n# Heading ${n}\n`,
    `\n## Sub *heading* ${n}\n`,
    `\nSetext heading\n===\n`,
    `\n- one\n- two\n  - nested\n* star\n+ plus\n`,
    `\n1. one\n2. two\n10) ten\n`,
    `\n| a | b |\n| --- | :-: |\n| ${n} | <b data-fz=${n}>cell</b> |\n`,
    "\n```js\nalert(" + n + ")\n```\n",
    "\n```\n${alert(" + n + ")}\n```\n",
    `\n~~~\n{{${n}}}\n~~~\n`,
    "`inline ${alert(" + n + ")}`",
    "``double `tick` code``",
    `\n> quoted ${n}\n> > nested\n`,
    `\n---\n***\n`,
    `\${alert(${n})}`,
    `\${\`nested \${alert(${n})}\`}`,
    "$" + `{`,
    `{{${n}}}`,
    `{{constructor.constructor('alert(${n})')()}}`,
    `{% raw %}{{ ${n} }}{% endraw %}`,
    `<div data-fz=${n}>\n\n**Markdown inside HTML**\n\n</div>`,
    `\\*not emphasis\\* \\[not a link\\](x)`,
    `footnote[^${n}]\n\n[^${n}]: note`,
    `\n    indented code ${n}\n`,
    `\n:::\nfenced div\n:::\n`,
    // No e-mail address: the study's privacy guard refuses them, rightly (loaders/study/privacy.ts).
    `<https://example.org/auto> www.example.org`
  );

const BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F"];
const bidi = fc
  .array(fc.tuple(fc.constantFrom(...BIDI), fc.constantFrom(...WORDS, ...RTL_WORDS), fc.option(fc.constantFrom(...BIDI), { nil: "" })), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([open, word, close]) => `${open}${word}${close}`).join(" "));

const ZERO_WIDTH = ["\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060"];
const zeroWidth = fc
  .tuple(fc.constantFrom(...WORDS, "javascript", "alert"), fc.array(fc.constantFrom(...ZERO_WIDTH), { minLength: 1, maxLength: 8 }))
  .map(([word, marks]) => Array.from(word).map((c, i) => `${c}${marks[i % marks.length]}`).join(""));

/** Combining marks: diacriticals, their extension and supplement, for symbols, half marks. */
const COMBINING_RANGES: [number, number][] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1ace],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20f0],
  [0xfe20, 0xfe2f]
];
const combiningMark = fc.constantFrom(...COMBINING_RANGES).chain(([lo, hi]) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c)));
const combining = fc
  .array(fc.tuple(fc.constantFrom("a", "e", "Z", "o", "ك", "ज", "1"), fc.array(combiningMark, { minLength: 1, maxLength: 40 })), { minLength: 1, maxLength: 3 })
  .map((letters) => letters.map(([base, marks]) => base + marks.join("")).join(""));

const ASTRAL = [
  "😀",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "🇮🇩",
  "👍🏽",
  "🧑‍💻",
  "❤️",
  "𠜎",
  "𝕏",
  "𝒜",
  "🀄",
  "\u{1F9EA}",
  "\u{10FFFD}",
  "\u{E0041}\u{E0042}",
  "\u{1F1E6}",
  "#️⃣"
];
const emoji = fc.array(fc.constantFrom(...ASTRAL), { minLength: 1, maxLength: 8 }).map((e) => e.join(""));

const LETTERS = Array.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
const longWord = fc.oneof(
  fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 200, maxLength: 900 }),
  fc.tuple(fc.constantFrom("W", "m", "ـ", "💥", "-", "_", "."), fc.integer({ min: 200, max: 700 })).map(([c, k]) => c.repeat(k)),
  fc.integer({ min: 30, max: 120 }).map((k) => `https://example.org/${"segment/".repeat(k)}`),
  fc.integer({ min: 50, max: 200 }).map((k) => "Kata".repeat(k))
);

const quotes = (n: number) =>
  fc.constantFrom(
    `"`,
    `'`,
    "`",
    "\\",
    "\\\\",
    `\\"`,
    `\\'`,
    "\\n \\t \\u0022 \\x3cscript\\x3e",
    `'';!--"<XSS>=&{()}`,
    `“curly” ‘single’ «guillemets» „low“ ‹›`,
    `'\\');alert(${n});//`,
    `"+alert(${n})+"`,
    "`;alert(" + n + ");`",
    `","",",`,
    `\\"\\\\"\\`,
    `C:\\Users\\x\\file.csv`,
    `"quoted" 'single' \`back\``
  );

/** One piece for field `n`. */
export function pieceArbitrary(n: number): fc.Arbitrary<Piece> {
  const of = (category: Category, arbitrary: fc.Arbitrary<string>, weight: number) => ({ arbitrary: arbitrary.map((text) => ({ category, text })), weight });
  return fc.oneof(
    of("words", words, 3),
    of("html", html(n), 4),
    of("markdown", markdown(n), 4),
    of("bidi", bidi, 2),
    of("zero-width", zeroWidth, 2),
    of("combining", combining, 2),
    of("emoji", emoji, 2),
    of("long-word", longWord, 1),
    of("quotes", quotes(n), 2)
  );
}

const SEPARATORS = [" ", " ", " ", "\n", "\n\n", ""];

/** The longest coder name written, in UTF-8 bytes (file systems allow 255 with `.csv`). */
export const NAME_BYTES = 200;

/** A file name: no slash, backslash or control character, at most NAME_BYTES bytes (cut between code points). */
export function asName(text: string): string {
  const clean = text.replace(/[/\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "");
  let out = "";
  for (const c of clean) {
    if (Buffer.byteLength(out + c) > NAME_BYTES) break;
    out += c;
  }
  return out.trimEnd();
}

/** An http(s) address as the study's fields take it (`^https?://\S+$`): no white space anywhere. */
const asUrl = (scheme: string, path: string) => `${scheme}://example.org/${path.replace(/\s+/g, "")}`;

/** A text of the given kind for field `n`'s value `v`. */
export function textArbitrary(kind: TextKind, n: number, v: number): fc.Arbitrary<RandomText> {
  const pieces = fc.array(pieceArbitrary(n), { minLength: 1, maxLength: kind === "text" ? 5 : 3 });
  const separators = fc.array(fc.constantFrom(...SEPARATORS), { minLength: 5, maxLength: 5 });
  return fc.tuple(pieces, separators, fc.constantFrom("https", "http")).map(([ps, seps, scheme]) => {
    const body = ps.map((p, i) => (i ? seps[i]! : "") + p.text).join("");
    const categories = [...new Set(ps.map((p) => p.category))];
    const m = mark(n, v);
    if (kind === "url") return { text: asUrl(scheme, `${m}/${body}`), categories };
    if (kind === "name") return { text: asName(`${m} ${body}`), categories };
    return { text: `${m} ${body}`, categories };
  });
}

/** A seed mixed with a text (FNV-1a), so each key draws its own text. */
export function mixSeed(seed: number, key: string): number {
  let h = (seed ^ 0x811c9dc5) | 0;
  for (const c of key) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) | 0;
  return h;
}

/** The text for `key` (what it replaces) from `seed`: the same seed and key always give the same text. */
export function randomText(seed: number, key: string, kind: TextKind, n: number, v: number): RandomText {
  return fc.sample(fc.noBias(textArbitrary(kind, n, v)), { seed: mixSeed(seed, key), numRuns: 1 })[0]!;
}
