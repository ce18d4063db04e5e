import { describe, expect, it } from "vitest";
import { en } from "../src/shared/i18n/en.js";
import { id } from "../src/shared/i18n/id.js";
import { countText, formatDate, formatNumber, isLang, pick, sourceWords, t, tw } from "../src/shared/i18n/index.js";

describe("dictionaries", () => {
  it("have the same keys in both languages, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [key, value] of [...Object.entries(id), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("fail loudly on a missing key instead of rendering a blank", () => {
    const broken = en as Record<string, string>;
    const saved = broken["nav.overview"];
    delete broken["nav.overview"];
    try {
      expect(() => t("en", "nav.overview")).toThrow(/missing translation: en\.nav\.overview/);
    } finally {
      broken["nav.overview"] = saved!;
    }
  });

  it("formats numbers and dates per language", () => {
    expect(formatNumber("id", 12788.5)).toBe("12.788,5");
    expect(formatNumber("en", 12788.5)).toBe("12,788.5");
    expect(formatDate("id", "2024-05")).toBe("Mei 2024");
    expect(formatDate("en", "2024-05-26")).toBe("26 May 2024");
    expect(formatDate("en", "2023")).toBe("2023");
  });

  it("picks the bilingual field of a record", () => {
    const row = { label_id: "Perencanaan", label_en: "Planning" };
    expect(pick("id", row, "label")).toBe("Perencanaan");
    expect(pick("en", row, "label")).toBe("Planning");
    expect(isLang("en")).toBe(true);
    expect(isLang("fr")).toBe(false);
  });
});

/**
 * The dictionaries hold interface words only: everything a study says lives in its folder
 * (docs/study-format.md). These are words of one study — its places, programmes, finding ids —
 * and number words used as counts (counts come from the data through countText).
 */
const STUDY_WORDS = [
  /Kalirungkut/i,
  /Surabaya/i,
  /Jawa Timur/i,
  /Perwali|Peraturan Wali Kota|Mayoral Regulation/i,
  /Kader Surabaya Hebat|\bKSH\b/,
  /\b1000 HPK\b|\bHPK\b/,
  /Sayang Warga/i,
  /\bPuskesmas\b/i,
  /\bCepiku\b/i,
  /\bBab V\b|\bChapter V\b/i,
  /\b[FR]\d{2,}\b/
];
// "one"/"satu" also mean "a" ("in one panel", "salah satu"); "under five" is an age group, not a count.
const NUMBER_WORDS = /(?<!under )\b(two|three|four|five|six|seven|eight|nine|ten|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\b/i;
/** "thesis" only in the words for a thesis chapter, selected by the study's source_kind. */
const THESIS = /\b(thesis|tesis)\b/i;

describe("dictionaries hold no study's words", () => {
  const entries = [...Object.entries(id), ...Object.entries(en)];

  it("name no place, programme or finding id of any study", () => {
    for (const [key, value] of entries) for (const word of STUDY_WORDS) expect(value, `${key}: ${word}`).not.toMatch(word);
  });

  it("spell no count as a word", () => {
    for (const [key, value] of entries) expect(value, key).not.toMatch(NUMBER_WORDS);
  });

  it('say "thesis" only among the words for a thesis chapter', () => {
    for (const [key, value] of entries) if (!key.startsWith("source.thesis-chapter.")) expect(value, key).not.toMatch(THESIS);
    expect(sourceWords("en", "thesis-chapter").work).toBe("the thesis");
    expect(sourceWords("id", "interviews").coded).toBe("transkrip wawancara");
  });

  it("catch a study word slipped into a dictionary", () => {
    expect(STUDY_WORDS.some((w) => w.test("Co-produksi 1000 HPK Kalirungkut"))).toBe(true);
    expect(NUMBER_WORDS.test("Four recommendations")).toBe(true);
    expect(THESIS.test("The thesis's verdict")).toBe(true);
  });

  it("count with plural rules, from the data", () => {
    expect(countText("en", "finding", 1)).toBe("1 finding");
    expect(countText("en", "finding", 3)).toBe("3 findings");
    expect(countText("id", "recommendation", 4)).toBe("4 saran");
    expect(tw("en", "overview.verdict", "interviews", { rating: "weak" })).toBe("The study's verdict: weak");
    expect(tw("en", "overview.verdict", "thesis-chapter", { rating: "weak" })).toBe("The thesis's verdict: weak");
  });
});
