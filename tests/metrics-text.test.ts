import { describe, expect, it } from "vitest";
import { checkMetricsText, loadBriefFigures, loadMetricsText } from "../loaders/metrics/text.js";
import { METRICS_TEXT_KEYS, mt } from "../src/shared/metricsText.js";

describe("the study's words for its figures", () => {
  it("are complete in both languages for the Kalirungkut figures", () => {
    const text = loadMetricsText("data/study/metrics")!;
    for (const key of METRICS_TEXT_KEYS) expect(mt({ text }, "en", key), key).not.toBe("");
    expect(mt({ text }, "en", "place.title")).toBe("About Puskesmas Kalirungkut");
    expect(loadBriefFigures("data/study/metrics")?.places).toEqual(["Kota Surabaya", "Jawa Timur", "Indonesia"]);
  });

  it("say what we searched and did not find, never that no data exist", () => {
    const text = loadMetricsText("data/study/metrics")!;
    for (const lang of ["id", "en"] as const) {
      for (const key of METRICS_TEXT_KEYS) expect(mt({ text }, lang, key), `${lang}.${key}`).not.toMatch(/tidak ada data publik|nothing about .* is public|no public data/i);
    }
    for (const key of ["place.text", "brief.metricsNote"] as const) {
      expect(mt({ text }, "id", key), key).toMatch(/^Kami tidak menemukan .* yang kami baca/);
      expect(mt({ text }, "en", key), key).toMatch(/^We found no .* we read/);
    }
  });

  it("hold the brief's two caveats on its figures: different surveys, and not evidence of the programme's effect", () => {
    const text = loadMetricsText("data/study/metrics")!;
    expect(METRICS_TEXT_KEYS).toEqual(expect.arrayContaining(["brief.caveatSurveys", "brief.caveatEffect"]));
    expect(mt({ text }, "id", "brief.caveatSurveys")).toMatch(/survei yang berbeda/);
    expect(mt({ text }, "en", "brief.caveatSurveys")).toMatch(/different surveys/);
    expect(mt({ text }, "id", "brief.caveatEffect")).toMatch(/bukan bukti dampak program/);
    expect(mt({ text }, "en", "brief.caveatEffect")).toMatch(/not evidence of the programme's effect/);
    const { problems } = checkMetricsText({ id: { ...text.id, "brief.caveatEffect": " " }, en: text.en });
    expect(problems.map((p) => p.field)).toEqual(["id.brief.caveatEffect"]);
  });

  it("report a missing or unknown key, located", () => {
    const { problems } = checkMetricsText({ id: { lead: "x", extra: "y" }, en: {} });
    expect(problems.some((p) => p.field === "id.place.title")).toBe(true);
    expect(problems.some((p) => p.field === "id.extra" && /unknown key/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.field === "en.lead")).toBe(true);
  });

  it("are absent for a folder without them (no text, no brief figures)", () => {
    expect(loadMetricsText("tests/fixtures/metrics-mini")).toBeUndefined();
    expect(loadBriefFigures("tests/fixtures/metrics-mini")).toBeUndefined();
    expect(mt({ text: null }, "en", "lead")).toBe("");
  });
});
