/**
 * The fuzz command's rendering family (scripts/fuzz/rendering.ts, randomText.ts, randomStudy.ts,
 * renderReport.ts): its random texts keep what each category promises, its random study holds them
 * in every text field, and its sample of pages and its report say what was built and found. The
 * family itself builds sites: `npm run fuzz` runs it, not `npm test`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coderName } from "../loaders/agree/coder-file.js";
import { text as textField, url as urlField } from "../loaders/fields.js";
import { validateStudy } from "../loaders/study/load.js";
import { filesUnder } from "../loaders/walk.js";
import { CATEGORIES, NAME_BYTES, fieldsNamed, pieceArbitrary, randomText, textArbitrary, valuesNamed, type Category } from "../scripts/fuzz/randomText.js";
import { writeRandomStudy } from "../scripts/fuzz/randomStudy.js";
import { describeRun, fieldsOf, groupProblems, saveRun } from "../scripts/fuzz/renderReport.js";
import { buildReasons, samplePages, type RenderRun } from "../scripts/fuzz/rendering.js";
import { fuzz } from "../scripts/fuzz/run.js";
/** Whether a piece holds what its category promises. */
const PROMISE: Record<Category, RegExp> = {
  words: /^[a-z ]+$/,
  html: /<|&/,
  markdown: /[[*_#|`>{}$:~^=-]|\d\.|\n {4}\S/,
  bidi: /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/,
  "zero-width": /[\u200B-\u200D\uFEFF\u2060]/,
  combining: /\p{M}/u,
  emoji: /[\u{10000}-\u{10FFFF}]|\p{Extended_Pictographic}/u,
  "long-word": /\S{200,}/,
  quotes: /["'`\\“”‘’«»„‹›]/
};

describe("the rendering family's random texts", () => {
  it("gives the same text for the same seed and key, and others for another seed or key", () => {
    const draw = (seed: number, key: string) => randomText(seed, key, "text", 3, 1).text;
    expect(draw(1, "findings.csv:text_en")).toBe(draw(1, "findings.csv:text_en"));
    const keys = Array.from({ length: 10 }, (_, i) => `key ${i}`);
    expect(new Set(keys.map((k) => draw(1, k))).size).toBeGreaterThan(5);
    expect(keys.filter((k) => draw(1, k) !== draw(2, k)).length).toBeGreaterThan(5);
  });

  it("draws every category, each piece holding what its category promises, its payloads naming its field", () => {
    const pieces = fc.sample(fc.noBias(pieceArbitrary(42)), { seed: 5, numRuns: 600 });
    expect(new Set(pieces.map((p) => p.category))).toEqual(new Set([...CATEGORIES, "words"]));
    for (const p of pieces) {
      expect(p.text, p.category).toMatch(PROMISE[p.category]);
      for (const n of fieldsNamed(p.text)) expect(n, p.text).toBe(42);
    }
    expect(pieces.some((p) => p.category === "html" && /\balert\(42\)/.test(p.text))).toBe(true);
  });

  it("makes each kind valid for its schema: words, an http(s) address, a file name", () => {
    const sample = (kind: "text" | "url" | "name") => fc.sample(fc.noBias(textArbitrary(kind, 7, 2)), { seed: 9, numRuns: 300 }).map((t) => t.text);
    for (const t of sample("text")) {
      expect(textField().safeParse(t).success).toBe(true);
      expect(t.startsWith("«R7.2» ")).toBe(true);
    }
    for (const u of sample("url")) {
      expect(urlField().safeParse(u).success, u).toBe(true);
      expect(u).toMatch(/^https?:\/\/example\.org\/«R7\.2»\//);
    }
    const dir = mkdtempSync(join(tmpdir(), "fuzz-names-"));
    try {
      const names = [...new Set(sample("name"))];
      for (const name of names) {
        expect(name.startsWith("«R7.2»")).toBe(true);
        expect(name).not.toMatch(/[/\\\u0000-\u001f]/);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(NAME_BYTES);
        expect(coderName(`${name}.csv`)).toBe(name);
        writeFileSync(join(dir, `${name}.csv`), "");
      }
      expect(readdirSync(dir).length).toBe(names.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds the fields and values a problem names", () => {
    expect(fieldsNamed('«R3.1» x <img src=x onerror=alert(12) data-fz=12> <x-fz9 data-fz="9">')).toEqual([3, 9, 12]);
    expect(valuesNamed("«R3.1» and «R3.2», «R3.1»")).toEqual(["3.1", "3.2"]);
  });
});

describe("the rendering family's random study", () => {
  it("validates, rewrites every field with its marks, and the same seed writes the same folder", () => {
    const root = mkdtempSync(join(tmpdir(), "fuzz-random-study-"));
    try {
      const files = (dir: string) => Object.fromEntries(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f), "utf-8")]));
      const a = writeRandomStudy(join(root, "a"), 11);
      const b = writeRandomStudy(join(root, "b"), 11);
      expect(files(a.dir)).toEqual(files(b.dir));
      expect(validateStudy(a.dir).problems).toEqual([]);
      expect(a.fields.length).toBeGreaterThan(100);
      for (const f of a.fields) expect(a.texts.get(f.n)?.length, `${f.file}: ${f.field}`).toBeGreaterThan(0);
      const findings = readFileSync(join(a.dir, "findings.csv"), "utf-8");
      const n = a.fields.find((f) => f.file === "findings.csv" && f.field === "text_en")!.n;
      expect(findings).toContain(`«R${n}.1»`);
      for (const seed of [12, 13]) {
        const other = writeRandomStudy(join(root, String(seed)), seed);
        expect(validateStudy(other.dir).problems, `seed ${seed}`).toEqual([]);
        expect(readFileSync(join(other.dir, "findings.csv"), "utf-8")).not.toBe(findings);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the rendering family's sample and report", () => {
  const paths = ["/", "/id/", "/en/", "/id/actors", "/en/actors", "/id/data", "/en/data", "/id/dimensions/planning", "/en/dimensions/planning"];

  it("samples whole routes, in both languages, the same for a seed, all when asked for as many", () => {
    const two = samplePages(paths, 2, 1);
    expect(two).toEqual(samplePages(paths, 2, 1));
    const routes = new Set(two.map((p) => p.replace(/^\/(?:id|en)(?=\/|$)/, "") || "/"));
    expect(routes.size).toBe(2);
    for (const p of two.filter((x) => x.startsWith("/id/"))) expect(two).toContain(p.replace(/^\/id/, "/en"));
    expect(samplePages(paths, 5, 1)).toEqual(paths);
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => samplePages(paths, 2, seed).join()));
    expect(seen.size).toBeGreaterThan(1);
  });

  const study = {
    seed: 4,
    dir: "",
    fields: [
      { file: "findings.csv", field: "text_en", n: 1 },
      { file: "actors.csv", field: "label_en", n: 2 },
      { file: "metrics/sources.csv", field: "url", n: 3 }
    ],
    texts: new Map([
      [1, [{ n: 1, kind: "text" as const, text: "«R1.1» <img src=x onerror=alert(1)>", categories: ["html" as const] }]],
      [2, [{ n: 2, kind: "text" as const, text: "«R2.1» a", categories: [] }, { n: 2, kind: "text" as const, text: "«R2.2» mmmm", categories: ["long-word" as const] }]],
      [3, [{ n: 3, kind: "text" as const, text: "«R3.1» x", categories: [] }, { n: 3, kind: "url" as const, text: "https://example.org/«R3.1»/", categories: [] }]]
    ])
  };

  it("names the fields of dialogs, located problems, marks and addresses", () => {
    expect(fieldsOf("dialog: alert: 2", study)).toEqual([2]);
    expect(fieldsOf("findings.csv:3: text_en: contains an e-mail address", study)).toEqual([1]);
    expect(fieldsOf('scrolls sideways at 360px: p: "«R2.2» mmmm"', study)).toEqual([2]);
    expect(fieldsOf("failed request: http://127.0.0.1:1/%C2%ABR3.1%C2%BB/x (404)", study)).toEqual([3]);
    expect(fieldsOf("dialog: alert: 99", study)).toEqual([]);
  });

  it("groups a problem seen on several pages, tells what ran before layout, and picks a failed build's reasons", () => {
    const run = {
      seed: 4,
      study,
      problems: [
        { where: "/id/actors", problem: 'scrolls sideways at 360px: p: "«R2.2» mmmm"' },
        { where: "/en/actors", problem: 'scrolls sideways at 360px: p: "«R2.2» mmmm"' },
        { where: "/en/actors", problem: "dialog: alert: 1" }
      ]
    };
    expect(groupProblems(run)).toEqual([
      { problem: "dialog: alert: 1", where: ["/en/actors"], fields: [1], values: [] },
      { problem: 'scrolls sideways at 360px: p: "«R2.2» mmmm"', where: ["/id/actors", "/en/actors"], fields: [2], values: ["2.2"] }
    ]);
    const log = ["> build", "rendering /en/actors", 'build: dist/en/actors.html:12: script: inline event handler onerror="alert(1)" on <img>', "build: dist removed", ""].join("\n");
    expect(buildReasons(log)).toEqual(['build: dist/en/actors.html:12: script: inline event handler onerror="alert(1)" on <img>', "build: dist removed"]);
    expect(buildReasons("a\nb\nlast words\n")).toEqual(["a", "b", "last words"]);
  });

  it("prints the seed, each problem with its fields and texts, the replay; saves the study and its report", () => {
    const root = mkdtempSync(join(tmpdir(), "fuzz-render-report-"));
    try {
      const dir = join(root, "study");
      const random = writeRandomStudy(dir, 4);
      const n = random.fields.find((f) => f.file === "actors.csv" && f.field === "label_en")!.n;
      const run: RenderRun = { seed: 4, study: random, work: root, pages: ["/en/actors"], buildMs: 0, checkMs: 0, problems: [{ where: "/en/actors", problem: `dialog: alert: ${n}` }] };
      const lines = describeRun(run, { allPages: false, save: true });
      expect(lines[0]).toBe("fuzz: FAIL rendering: seed 4: 1 problem");
      expect(lines).toContain(`  dialog: alert: ${n}`);
      expect(lines).toContain("    at: /en/actors");
      expect(lines.some((l) => l.startsWith(`    field ${n}: actors.csv: label_en: "«R${n}.1»`))).toBe(true);
      expect(lines.at(-1)).toBe("  replay: npm run fuzz -- --family rendering --seed 4");
      const saved = saveRun(run, { allPages: false }, join(root, "bad"));
      expect(saved).toBe(join(root, "bad", "4"));
      expect(readFileSync(join(saved, "actors.csv"), "utf-8")).toBe(readFileSync(join(dir, "actors.csv"), "utf-8"));
      const report = JSON.parse(readFileSync(`${saved}.json`, "utf-8"));
      expect(report).toMatchObject({ seed: 4, replay: "npm run fuzz -- --family rendering --seed 4", problems: [{ problem: `dialog: alert: ${n}`, fields: [n] }] });
      expect(report.fields[0]).toMatchObject({ file: "actors.csv", field: "label_en", n });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
