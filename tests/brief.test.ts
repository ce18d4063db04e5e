import { createMarkdownIt, parseMarkdown } from "@observablehq/framework/dist/markdown.js";
import { describe, expect, it } from "vitest";
import { briefMarkdown, keyMetrics } from "../loaders/brief/render.js";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import { loadBriefFigures, loadMetricsText } from "../loaders/metrics/text.js";
import { studyBundle } from "../loaders/study/bundle.js";
import { loadStudy } from "../loaders/study/load.js";
import { overviewView } from "../loaders/study/views.js";

const study = loadStudy("data/study");
const metrics = metricsBundle(loadMetrics("data/study/metrics", { study }), loadMetricsText("data/study/metrics") ?? null);
const choice = loadBriefFigures("data/study/metrics")!;
const figures = { bundle: metrics, choice };
/** The charts as the drawing step hands them in (src/prerender/brief.ts draws them; tests/charts.test.ts checks they are the site's). */
const CHARTS = { dimensions: '<figure class="dimension-chart"><svg></svg></figure>', stages: '<figure class="stage-strip"><svg></svg></figure>' };
/** The brief's Markdown with its character references read back: the text a reader sees. */
const plain = (md: string) => md.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

describe("policy brief", () => {
  it("chooses its context figures as the study's metrics/brief.json says: one survey for its places, one set of targets", () => {
    const { surveys, targets } = keyMetrics(metrics, choice);
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
    const id = briefMarkdown(studyBundle(study), overviewView(study), "id", CHARTS, figures);
    const en = briefMarkdown(studyBundle(study), overviewView(study), "en", CHARTS, figures);
    expect(id).not.toMatch(/```js|\$\{/);
    expect(id).toContain(CHARTS.dimensions);
    expect(id).toContain(CHARTS.stages);
    for (const r of study.recommendations) {
      expect(plain(id)).toContain(r.text_id);
      expect(plain(en)).toContain(r.text_en);
    }
    expect(id).toContain("28,9 %");
    expect(en).toContain("28.9 %");
    expect(plain(en)).toContain("We found no public figures on Puskesmas Kalirungkut itself");
    expect(plain(id)).toContain("Kami tidak menemukan angka publik tentang Puskesmas Kalirungkut");
  });

  it("backs its problem heading with the quotes that say it, and claims no more than they do", () => {
    for (const lang of ["id", "en"] as const) {
      const md = briefMarkdown(studyBundle(study), overviewView(study), lang, CHARTS, figures);
      const heading = md.match(/^#{2,3} (.*)$/gm)!.find((h) => /perencanaan|planning/i.test(h) && /kader|cadres/i.test(h))!;
      expect(heading, lang).toBeDefined();
      const start = md.indexOf(heading);
      const next = md.slice(start + heading.length).search(/\n#{2,3} /);
      const section = md.slice(start, next < 0 ? undefined : start + heading.length + next);
      const quoted = [...section.matchAll(/data-finding="(F\d+)"/g)].map((m) => m[1]);
      expect(quoted, lang).toEqual(["F10", "F17", "F35"]);
      // What the heading says, the quotes under it say: not involved, in planning, community and cadres.
      const f10 = study.findings.find((f) => f.id === "F10")!;
      const f17 = study.findings.find((f) => f.id === "F17")!;
      for (const f of [f10, f17]) {
        expect(f.text_id).toMatch(/tidak dilibatkan/);
        expect(f.text_id).toMatch(/perencanaan/);
        expect(plain(section)).toContain(lang === "id" ? f.text_id : f.text_en);
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
    hostile.recommendations = [{ ...hostile.recommendations[0]!, text_en: "<script>alert(1)</script> ${alert(2)} [x](javascript:alert(3))" }];
    const md = briefMarkdown(hostile, overviewView(study), "en", CHARTS);
    expect(md).not.toContain("<script>alert(1)");
    expect(md).not.toContain("${alert(2)}");
    expect(md).toContain("&#60;script&#62;alert&#40;1&#41;");
    const page = parseMarkdown(md, { md: createMarkdownIt(), path: "/en/brief.md" });
    expect(page.code, "no study text becomes a cell of code").toEqual([]);
    expect(page.body).not.toMatch(/<script|href="javascript/);
  });
});

describe("policy brief of a study without recommendations, assessments, central problem or figures", () => {
  const mini = loadStudy("tests/fixtures/study-mini");
  const bare = studyBundle({ ...mini, meta: { ...mini.meta, central_problem: undefined, source_kind: "interviews" }, recommendations: [], assessments: [] });

  it("says none were coded, has no assessment column, no central section and no figures", () => {
    const en = briefMarkdown(bare, overviewView({ ...mini, recommendations: [], assessments: [] }), "en", CHARTS);
    expect(en).toContain('data-empty="recommendations"');
    expect(en).toContain("No recommendations were coded in this study.");
    expect(en).not.toMatch(/<th scope="col">[^<]*assessment/i);
    expect(en).not.toContain("brief-metrics");
    // The interface's words (the fixture's own coding note, at the end, may say what it likes).
    expect(en.slice(0, en.indexOf('class="brief-note"'))).not.toMatch(/\b(thesis|tesis)\b/i);
    expect(en).toMatch(/This brief summarises \d+ findings? coded from the interview transcripts, across 2 dimensions\./);
  });

  it("opens with the key messages and the recommendations, then the details", () => {
    const en = briefMarkdown(studyBundle(study), overviewView(study), "en", CHARTS, figures);
    const at = (s: string) => en.indexOf(s);
    expect(at("## Key messages")).toBeGreaterThan(0);
    expect(at("## Key messages")).toBeLessThan(at('class="brief-recs"'));
    expect(at('class="brief-recs"')).toBeLessThan(at("## Details"));
    expect(at("## Details")).toBeLessThan(at('class="brief-table brief-dimensions"'));
  });
});
