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
const CHARTS = { stages: '<figure class="stage-strip"><svg></svg></figure>' };
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

  it("is static Markdown with the stage chart, every saran and its language's numbers", () => {
    const id = briefMarkdown(studyBundle(study), overviewView(study), "id", CHARTS, figures);
    const en = briefMarkdown(studyBundle(study), overviewView(study), "en", CHARTS, figures);
    expect(id).not.toMatch(/```js|\$\{/);
    expect(id).toContain(CHARTS.stages);
    for (const r of study.recommendations) {
      expect(plain(id)).toContain(r.text_id);
      expect(plain(en)).toContain(r.text_en);
    }
    expect(id).toContain("28,9 %");
    expect(en).toContain("28.9 %");
    expect(plain(en)).toContain("We found no public figures on Puskesmas Kalirungkut itself");
    expect(plain(id)).toContain("Kami tidak menemukan angka publik tentang Puskesmas Kalirungkut");
    // The figures carry their caveats: different surveys, and no evidence of the programme's effect.
    expect(plain(id)).toContain(metrics.text!.id["brief.caveatSurveys"]);
    expect(plain(en)).toContain(metrics.text!.en["brief.caveatEffect"]);
  });

  it("opens with the study's own conclusion in its words, then its qualification as one sentence, then its verdicts, all in its voice", () => {
    for (const lang of ["id", "en"] as const) {
      const md = briefMarkdown(studyBundle(study), overviewView(study), lang, CHARTS, figures);
      const voices = [...md.matchAll(/data-voice="(study|ours)"/g)].map((m) => m[1]);
      expect(voices[0], lang).toBe("study");
      const first = plain(md.slice(md.indexOf('data-voice="study"'), md.indexOf("</section>")));
      const said = (id: string) => { const f = study.findings.find((x) => x.id === id)!; return lang === "id" ? f.text_id : f.text_en; };
      for (const id of ["F01", "F02", "F29"]) expect(first, `${lang} ${id}`).toContain(said(id));
      // F34 and F35 are one sentence of the chapter, read as one again.
      expect(first).toContain(`${said("F34")}, ${said("F35")}`);
      expect(first.indexOf(said("F29"))).toBeLessThan(first.indexOf(said("F34")));
      for (const d of study.assessments) expect(first).toContain(lang === "id" ? d.rating_text_id : d.rating_text_en);
      // Nothing of ours comes before it: no summary, no count, no heading we wrote about a "problem".
      expect(md.slice(0, md.indexOf('data-voice="study"'))).not.toMatch(/data-voice="ours"|<svg/);
      expect(md).not.toMatch(/masalah utama|central problem/i);
    }
  });

  it("heads the saran with the study's words and no inference mark; says each saran's links to findings are ours", () => {
    const id = briefMarkdown(studyBundle(study), overviewView(study), "id", CHARTS, figures);
    const heading = plain(id).match(/<h2 id="saran">([^<]*)<\/h2>/)![1];
    expect(heading).toBe("Empat saran penelitian");
    expect(plain(id)).toMatch(/<h2 id="saran">Empat saran penelitian<\/h2>(?!\s*<small)/);
    // The lever is not written twice ("Pengaturan Kelembagaan. Pengaturan Kelembagaan, …").
    expect(plain(id)).not.toMatch(/<strong>Pengaturan Kelembagaan\.<\/strong> Pengaturan Kelembagaan/);
    for (const r of study.recommendations) {
      const item = plain(id).slice(plain(id).indexOf(`data-recommendation="${r.id}"`));
      expect(item.slice(0, item.indexOf("</li>"))).toMatch(/◇ Analisis kami:<\/span> Pelaku: .* menjawab temuan: /);
    }
    expect(id).toContain("Pemerintah Kota Surabaya †");
    expect(id).toContain("† disimpulkan pengode");
  });

  it("gives our summary marked as ours and no stronger than the study's words: 'cenderung … belum sepenuhnya merata', never 'not yet'", () => {
    for (const lang of ["id", "en"] as const) {
      const md = plain(briefMarkdown(studyBundle(study), overviewView(study), lang, CHARTS, figures));
      const ours = md.slice(md.indexOf('data-voice="ours"'));
      expect(ours).toContain(lang === "id" ? "Pesan utama (ringkasan kami)" : "Key messages (our summary)");
      expect(md.slice(0, md.indexOf('data-voice="ours"'))).not.toMatch(/Pesan utama|Key messages/);
      expect(ours).toMatch(lang === "id" ? /cenderung terfokus pada pelaksanaan teknis dan belum sepenuhnya merata/ : /still tends to concentrate on technical implementation and is not yet fully evenly spread/);
      expect(ours).not.toMatch(lang === "id" ? /tetapi belum perencanaan/ : /but not yet planning/);
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
  const bare = studyBundle({ ...mini, meta: { ...mini.meta, conclusion: undefined, source_kind: "interviews" }, recommendations: [], assessments: [] });

  it("says none were coded, has no assessment column, no conclusion section and no figures", () => {
    const en = briefMarkdown(bare, overviewView({ ...mini, recommendations: [], assessments: [] }), "en", CHARTS);
    expect(en).toContain('data-empty="recommendations"');
    expect(en).toContain("No recommendations were coded in this study.");
    expect(en).not.toMatch(/<th scope="col">[^<]*assessment/i);
    expect(en).not.toContain("brief-metrics");
    // The interface's words (the fixture's own coding note, at the end, may say what it likes).
    expect(en.slice(0, en.indexOf('class="brief-note"'))).not.toMatch(/\b(thesis|tesis)\b/i);
    expect(en).toMatch(/This brief summarises \d+ findings? coded from the interview transcripts, across 2 dimensions\./);
  });

  it("says what the study says first (conclusion, saran), then our analysis", () => {
    const en = briefMarkdown(studyBundle(study), overviewView(study), "en", CHARTS, figures);
    const at = (x: string) => en.indexOf(x);
    expect(at('id="conclusion"')).toBeGreaterThan(0);
    expect(at('id="conclusion"')).toBeLessThan(at('id="saran"'));
    expect(at('id="saran"')).toBeLessThan(at('id="analysis"'));
    expect(at('id="analysis"')).toBeLessThan(at(CHARTS.stages));
  });
});
