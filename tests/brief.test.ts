import { describe, expect, it } from "vitest";
import { briefMarkdown, keyMetrics } from "../loaders/brief/render.js";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import { loadBriefFigures, loadMetricsText } from "../loaders/metrics/text.js";
import { studyBundle } from "../loaders/study/bundle.js";
import { loadStudy } from "../loaders/study/load.js";

const study = loadStudy("data/study");
const metrics = metricsBundle(loadMetrics("data/study/metrics", { study }), loadMetricsText("data/study/metrics") ?? null);
const choice = loadBriefFigures("data/study/metrics")!;
const figures = { bundle: metrics, choice };

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
    const id = briefMarkdown(studyBundle(study), "id", figures);
    const en = briefMarkdown(studyBundle(study), "en", figures);
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

  it("escapes text from the data", () => {
    const hostile = studyBundle(study);
    hostile.recommendations = [{ ...hostile.recommendations[0]!, text_en: "<script>alert(1)</script>" }];
    const md = briefMarkdown(hostile, "en");
    expect(md).not.toContain("<script>alert(1)");
    expect(md).toContain("&#60;script&#62;alert(1)");
  });
});

describe("policy brief of a study without recommendations, assessments, central problem or figures", () => {
  const mini = loadStudy("tests/fixtures/study-mini");
  const bare = studyBundle({ ...mini, meta: { ...mini.meta, central_problem: undefined, source_kind: "interviews" }, recommendations: [], assessments: [] });

  it("says none were coded, has no assessment column, no central section and no figures", () => {
    const en = briefMarkdown(bare, "en");
    expect(en).toContain('data-empty="recommendations"');
    expect(en).toContain("No recommendations were coded in this study.");
    expect(en).not.toMatch(/<th scope="col">[^<]*assessment/i);
    expect(en).not.toContain("brief-metrics");
    // The interface's words (the fixture's own coding note, at the end, may say what it likes).
    expect(en.slice(0, en.indexOf('class="brief-note"'))).not.toMatch(/\b(thesis|tesis)\b/i);
    expect(en).toMatch(/This brief summarises \d+ findings? coded from the interview transcripts, across 2 dimensions\./);
  });

  it("opens with the key messages and the recommendations, then the details", () => {
    const en = briefMarkdown(studyBundle(study), "en", figures);
    const at = (s: string) => en.indexOf(s);
    expect(at("## Key messages")).toBeGreaterThan(0);
    expect(at("## Key messages")).toBeLessThan(at("recommendations\n"));
    expect(at('class="brief-recs"')).toBeLessThan(at("## Details"));
    expect(at("## Details")).toBeLessThan(at('class="brief-table brief-dimensions"'));
  });
});
