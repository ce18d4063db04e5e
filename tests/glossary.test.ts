/**
 * docs/glossary.md is the one list of English renderings: every coded Indonesian text that
 * contains a term has one of its English forms in the translation, and no English text uses
 * a rendering the glossary rules out (e.g. "toddler", "health counselling").
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { en } from "../src/shared/i18n/en.js";

interface Term {
  id: string;
  en: string[];
  not: string[];
}

export function glossary(markdown: string): Term[] {
  const split = (cell: string) => cell.split("/").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Indonesian") && !line.startsWith("| ---"))
    .map((line) => {
      const [id, english, not] = line.split("|").slice(1, 4).map((c) => c.trim());
      return { id: id!.toLowerCase(), en: split(english!), not: split(not ?? "") };
    });
}

const terms = glossary(readFileSync("docs/glossary.md", "utf-8"));
const study = loadStudy("data/study");
const has = (text: string, term: string) => new RegExp(`(^|[^a-z])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(text);

/** Every pair of an Indonesian text and its English rendering in the study. */
const pairs: [string, string, string][] = [
  ...study.findings.map((f) => [f.id, f.text_id, f.text_en] as [string, string, string]),
  ...study.recommendations.map((r) => [r.id, r.text_id, r.text_en] as [string, string, string]),
  ...study.channels.map((c) => [c.id, c.label_id, c.label_en] as [string, string, string]),
  ...study.actors.map((a) => [a.id, a.label_id, a.label_en] as [string, string, string])
];

/** Every English text the site shows from the study and the dictionary. */
const englishTexts: [string, string][] = [
  ...pairs.map(([id, , text]) => [id, text] as [string, string]),
  ...study.stages.map((s) => [s.id, `${s.label_en} ${s.description_en}`] as [string, string]),
  ...study.dimensions.map((d) => [d.id, `${d.name_en} ${d.description_en}`] as [string, string]),
  ...study.subcodes.map((s) => [s.id, `${s.label_en} ${s.description_en}`] as [string, string]),
  ["study.json", `${study.meta.title_en} ${study.meta.coding_level_en}`],
  ...Object.entries(en)
];

describe("docs/glossary.md", () => {
  it("has the terms the review asked for", () => {
    const ids = terms.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(["penyuluhan", "balita", "pendampingan", "lebih optimal"]));
    expect(terms.find((t) => t.id === "balita")!.not).toContain("toddler");
    expect(terms.find((t) => t.id === "penyuluhan")!.not).toContain("counselling");
  });

  it("is used by every English translation whose Indonesian text has the term", () => {
    const misses = pairs.flatMap(([id, indonesian, english]) =>
      terms.filter((t) => t.en.length && has(indonesian, t.id) && !t.en.some((e) => has(english, e))).map((t) => `${id}: "${t.id}" → ${t.en.join(" / ")}`)
    );
    expect(misses).toEqual([]);
  });

  it("keeps ruled-out renderings out of every English text", () => {
    const hits = englishTexts.flatMap(([id, text]) => terms.flatMap((t) => t.not.filter((n) => has(text, n)).map((n) => `${id}: ${n}`)));
    expect(hits).toEqual([]);
  });

  it("would catch a mistranslation", () => {
    const [id, indonesian] = pairs.find(([, i]) => has(i, "balita"))!;
    const bad = "…monitor the growth of toddlers";
    expect(terms.some((t) => has(indonesian, t.id) && t.en.length && !t.en.some((e) => has(bad, e))), id).toBe(true);
    expect(terms.some((t) => t.not.some((n) => has(bad, n)))).toBe(true);
  });
});
