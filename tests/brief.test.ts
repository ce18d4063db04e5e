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
