import { describe, expect, it } from "vitest";
import { sentences, uncovered } from "../loaders/study/coverage.js";
import { loadStudy } from "../loaders/study/load.js";

describe("sentences", () => {
  it("cuts headings, numbered items and sentences, across page breaks", () => {
    const s = sentences("BAB V\n\n5.1 Kesimpulan\n\n1. Satu dua. Tiga sumber\n\ndaya empat.\n2. Lima.");
    expect(s.map((x) => x.text)).toEqual(["BAB V", "5.1 Kesimpulan", "Satu dua.", "Tiga sumber daya empat.", "Lima."]);
    expect(s[2]).toMatchObject({ start: 26, end: 35 });
  });
});

describe("coverage of the Kalirungkut chapter", () => {
  const study = loadStudy("data/study");

  it("covers every sentence of 5.1 and 5.2 with a finding, a recommendation or a reviewed exclusion", () => {
    expect(uncovered(study, "bab-v.txt")).toEqual([]);
  });

  it("reports a sentence once its finding is removed", () => {
    const f = study.findings[5]!;
    const less = { ...study, findings: study.findings.filter((x) => x !== f) };
    expect(uncovered(less, "bab-v.txt").some((s) => s.start <= f.start && s.end >= f.end - 1)).toBe(true);
  });

  it("has an English translation for every finding and recommendation", () => {
    for (const row of [...study.findings, ...study.recommendations]) expect(row.text_en.trim().length, row.id).toBeGreaterThan(10);
  });

  it("records the thesis's assessment of every dimension and its own conclusion and qualification", () => {
    const ratings = Object.fromEntries(study.assessments.map((a) => [a.dimension, a.rating]));
    expect(ratings).toEqual({
      "institutional-arrangements": "fairly-good",
      planning: "fairly-good",
      "communication-strategies": "good",
      "management-of-lay-actors": "fairly-good",
      "management-of-professionals": "fairly-good",
      leadership: "good",
      "accountability-and-performance-management": "good"
    });
    // The study's own conclusion (F01, F02, F29) and its qualification (F34 "meskipun …", F35).
    const quote = (ids: readonly string[]) => ids.map((id) => study.findings.find((f) => f.id === id)!.text_id).join(" ");
    expect(study.meta.conclusion?.findings).toEqual(["F01", "F02", "F29"]);
    expect(quote(study.meta.conclusion!.findings)).toMatch(/^Berdasarkan hasil penelitian/);
    expect(quote(study.meta.conclusion!.qualification ?? [])).toMatch(/meskipun tata kelola kolaboratif.*pelaksanaan teknis/);
  });
});
