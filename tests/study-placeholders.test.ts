import { describe, expect, it } from "vitest";
import { isPlaceholder, placeholder, placeholdersIn, placeholderWarnings, PLACEHOLDER } from "../loaders/study/placeholders.js";

describe("placeholders", () => {
  it("are the values that start with the one marker", () => {
    expect(placeholder("the place")).toBe(`${PLACEHOLDER} the place`);
    expect(isPlaceholder("[fill in] x")).toBe(true);
    expect(isPlaceholder("Fill in the form at the posyandu")).toBe(false);
    expect(isPlaceholder(null)).toBe(false);
  });

  it("are counted per kind, with the fields that hold them", () => {
    const meta = {
      site: { title_id: "[fill in] a", title_en: "[fill in] b", short_name: "Posyandu X", overview_title_id: null },
      title_id: "Judul",
      place_id: "[fill in] c",
      place_en: "[fill in] d",
      sources: [{ file: "a.txt", title: "[fill in] e" }]
    };
    expect(placeholdersIn(meta)).toEqual([
      { kind: "the site's name", fields: ["site.title_id", "site.title_en"] },
      { kind: "the study's place", fields: ["place_id", "place_en"] },
      { kind: "the sources", fields: ["sources.0.title"] }
    ]);
    expect(placeholderWarnings(meta)[2]).toBe('study.json: 1 placeholder left for the sources (sources.0.title): replace "[fill in] …" with your study\'s own words');
    expect(placeholdersIn({ title_en: "Done" })).toEqual([]);
  });
});
