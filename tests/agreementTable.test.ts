/** The agreement page's tables under jsdom: one per coder, one row per dimension, figures in the page's language. */
import { describe, expect, it } from "vitest";
import type { AgreementView } from "../loaders/agree/site.js";
import { agreementTables } from "../src/components/agreementTable.js";
import { useDom } from "./helpers.js";

useDom();

const view: AgreementView = {
  first: "findings.csv",
  coders: [
    {
      name: "coder-2",
      segments: 3,
      notes: [],
      dimensions: [
        { dimension: "planning", name_id: "Perencanaan", name_en: "Planning", units: 300, both: 110, onlyFirst: 36, onlySecond: 121, neither: 33, percent: 47.666, kappa: 0.01234, alpha: null },
        { dimension: "leadership", name_id: "Kepemimpinan", name_en: "Leadership", units: 300, both: 0, onlyFirst: 0, onlySecond: 0, neither: 300, percent: 100, kappa: 1, alpha: 0.5 }
      ]
    }
  ]
};

describe("agreementTables", () => {
  it("shows each dimension's units, agreement, kappa and alpha, numbers in the page's language", () => {
    const id = agreementTables(view, { lang: "id" });
    const rows = [...id.querySelectorAll("tbody tr")].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Perencanaan", "110", "36", "121", "33", "47,7", "0,012", "tidak terdefinisi"],
      ["Kepemimpinan", "0", "0", "0", "300", "100,0", "1,000", "0,500"]
    ]);
    expect(id.querySelector("h2")!.textContent).toContain("coder-2");
    const en = agreementTables(view, { lang: "en" });
    expect(en.querySelector('tr[data-dimension="planning"] .kappa')!.textContent).toBe("0.012");
    expect([...en.querySelectorAll("thead th")].map((th) => th.textContent)).toContain("coder-2 only");
  });

  it("says so when the study has no second coder", () => {
    expect(agreementTables({ first: "findings.csv", coders: [] }, { lang: "en" }).textContent).toBe("This study has no second coder.");
  });
});
