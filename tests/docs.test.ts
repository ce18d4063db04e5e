import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DICTIONARY, render, studyTablesMarkdown } from "../scripts/docs.js";

describe("docs/data-dictionary.md", () => {
  it("is up to date with the data package's field definitions (run npm run docs)", () => {
    const doc = readFileSync(DICTIONARY, "utf-8");
    expect(render(doc)).toBe(doc);
    expect(doc).toContain("### `findings.csv`");
  });

  it("lists every field of every table", () => {
    expect(studyTablesMarkdown()).toMatch(/\| `text_en` \| string \| English translation written by the project \|/);
  });
});
