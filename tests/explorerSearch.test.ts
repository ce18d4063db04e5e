import { describe, expect, it } from "vitest";
import { fold, markTerms, searchTerms } from "../src/components/explorerSearch.js";

describe("text helpers", () => {
  it("folds case and accents, and parses quoted phrases", () => {
    expect(fold("Kádér")).toBe("kader");
    expect(searchTerms('  Kader  "tahap   perencanaan" ')).toEqual(["kader", "tahap perencanaan"]);
    expect(searchTerms("   ")).toEqual([]);
  });

  it("marks search terms on the original characters", () => {
    const pieces = markTerms("Kádér dan kader", ["kader"]);
    expect(pieces).toEqual([
      { text: "Kádér", mark: true },
      { text: " dan ", mark: false },
      { text: "kader", mark: true }
    ]);
    expect(markTerms("abc", [])).toEqual([{ text: "abc", mark: false }]);
  });


});
