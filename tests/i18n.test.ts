import { describe, expect, it } from "vitest";
import { en } from "../src/shared/i18n/en.js";
import { id } from "../src/shared/i18n/id.js";
import { formatDate, formatNumber, isLang, pick, t } from "../src/shared/i18n/index.js";

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
