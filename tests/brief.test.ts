import { describe, expect, it } from "vitest";
import { briefMarkdown, keyMetrics } from "../loaders/brief/render.js";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import { studyBundle } from "../loaders/study/bundle.js";
import { loadStudy } from "../loaders/study/load.js";

const study = loadStudy("data/study");
const metrics = metricsBundle(loadMetrics("data/metrics", { study }));

describe("policy brief", () => {
  it("chooses its context figures by rule: SSGI prevalence for the three places, RPJMN targets", () => {
    const { surveys, targets } = keyMetrics(metrics);
    expect(surveys.map((o) => `${o.geography} ${o.period} ${o.value}`)).toEqual([
      "Kota Surabaya 2021 28.9",
      "Kota Surabaya 2022 4.8",
      "Jawa Timur 2022 19.2",
      "Jawa Timur 2024 14.7",
      "Indonesia 2021 24.4",
      "Indonesia 2022 21.6",
      "Indonesia 2024 19.8"
    ]);
    expect(targets.map((o) => `${o.period} ${o.value}`)).toEqual(["2024 14", "2025 18.8", "2029 14.2"]);
  });

  it("is static Markdown with both charts as SVG, every recommendation and its language's numbers", () => {
    const id = briefMarkdown(studyBundle(study), "id", metrics);
    const en = briefMarkdown(studyBundle(study), "en", metrics);
    expect(id).not.toMatch(/```js|\$\{/);
    expect((id.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2);
    for (const r of study.recommendations) {
      expect(id).toContain(r.text_id.replace(/'/g, "&#39;"));
      expect(en).toContain(r.text_en.replace(/'/g, "&#39;"));
    }
    expect(id).toContain("28,9 %");
    expect(en).toContain("28.9 %");
    expect(en).toContain("Nothing about Puskesmas Kalirungkut itself is public");
  });

  it("backs its problem heading with the quotes that say it, and claims no more than they do", () => {
    for (const lang of ["id", "en"] as const) {
      const md = briefMarkdown(studyBundle(study), lang, metrics);
      const heading = md.match(/^## (.*)$/gm)!.find((h) => /perencanaan|planning/i.test(h) && /kader|cadres/i.test(h))!;
      expect(heading, lang).toBeDefined();
      const section = md.slice(md.indexOf(heading), md.indexOf("\n## ", md.indexOf(heading) + 1));
      const quoted = [...section.matchAll(/data-finding="(F\d+)"/g)].map((m) => m[1]);
      expect(quoted, lang).toEqual(["F10", "F17", "F35"]);
      // What the heading says, the quotes under it say: not involved, in planning, community and cadres.
      const f10 = study.findings.find((f) => f.id === "F10")!;
      const f17 = study.findings.find((f) => f.id === "F17")!;
      for (const f of [f10, f17]) {
        expect(f.text_id).toMatch(/tidak dilibatkan/);
        expect(f.text_id).toMatch(/perencanaan/);
        expect(section).toContain(lang === "id" ? f.text_id : f.text_en.replace(/'/g, "&#39;"));
      }
      expect(f10.text_id).toMatch(/masyarakat/);
      expect(f17.text_id).toMatch(/kader/);
      // An organiser the coder inferred is marked, and the mark explained.
      expect(md).toContain(lang === "id" ? "Pemerintah Kota Surabaya †" : "Surabaya City Government †");
      expect(md).toContain(lang === "id" ? "† disimpulkan pengode" : "† inferred by the coder");
      // The heading does not claim what only "belum optimal" / "belum sepenuhnya merata" say.
      expect(heading).not.toMatch(/keputusan|decision|absen|absent|belum hadir/i);
    }
  });

  it("escapes text from the data", () => {
    const hostile = studyBundle(study);
    hostile.recommendations = [{ ...hostile.recommendations[0]!, text_en: "<script>alert(1)</script>" }];
    const md = briefMarkdown(hostile, "en");
    expect(md).not.toContain("<script>alert(1)");
    expect(md).toContain("&#60;script&#62;alert(1)");
  });
});
