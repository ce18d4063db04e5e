/** The real data/study/metrics tables: they load against the study, and the figures reach metrics.json unchanged. */
import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics, REQUIRED_SOURCE_FIELDS } from "../loaders/metrics/load.js";
import { metricsDir, studyDir } from "../loaders/site/env.js";
import { loadStudy } from "../loaders/study/load.js";
import { CHECKED_VALUES } from "./metrics-checked.js";

const study = loadStudy(studyDir());
const metrics = loadMetrics(metricsDir(), { study });
const bundle = metricsBundle(metrics);


describe("data/study/metrics", () => {
  it("loads, with every dimension link naming a dimension of the study", () => {
    expect(metrics.observations).toHaveLength(91);
    expect(metrics.sources).toHaveLength(67);
    expect(metrics.indicators).toHaveLength(25);
    expect(metrics.conflicts).toHaveLength(7);
    const dims = new Set(study.dimensions.map((d) => d.id));
    for (const l of metrics.links) expect(dims.has(l.dimension), l.dimension).toBe(true);
  });

  it("gives every caveat and every drop reason in Indonesian too", () => {
    for (const o of metrics.observations) expect(Boolean(o.note_id), o.id).toBe(Boolean(o.note));
    for (const d of metrics.dropped) expect(d.reason_id, String(d.input_line)).not.toBe("");
  });

  it("labels each figure with a proper name that reads the same in both languages, descriptive words left to the notes", () => {
    // English words the input's labels used to carry ("as cited by", "monthly count", "annual target", "source not named").
    const descriptive = /\b(as|at|by|of|the|via|per|used|when|not|named|annual|monthly|count|data|report|speech|statement|member|launch|evaluation|event|extension|writer|unattributed|target)\b/i;
    for (const o of metrics.observations) expect(o.survey, o.id).not.toMatch(descriptive);
    for (const s of metrics.sources) {
      expect(s.title, s.id).not.toMatch(/^\[headline not recorded/);
      if (!/\s/.test(s.title)) expect(s.url, `${s.id}: a title without spaces is the URL's slug`).toContain(s.title);
    }
  });

  it("gives every observation a source with publisher, date, URL and excerpt", () => {
    for (const o of bundle.observations) {
      for (const field of REQUIRED_SOURCE_FIELDS) expect(o[field], `${o.id} ${field}`).not.toBe("");
      expect(o.url).toMatch(/^https?:\/\//);
    }
  });

  it.each(CHECKED_VALUES)("carries $geography $survey = $value into metrics.json", ({ geography, survey, period, value }) => {
    const rows = bundle.observations.filter(
      (o) => o.indicator === "stunting-prevalence" && o.geography === geography && o.period === period && o.survey.startsWith(survey)
    );
    expect(rows.map((o) => o.value)).toEqual([value]);
  });

  it("links a dimension to public figures as context only: one row about a city app for accountability, with the caveat that the study names no app", () => {
    const accountability = bundle.related["accountability-and-performance-management"]!;
    expect(accountability.map((r) => [r.indicator, r.observations.length])).toEqual([["stunted-children-mentored-count", 1]]);
    expect(accountability[0]!.note_en).toMatch(/not the study's application/);
    expect(accountability[0]!.note_en).toMatch(/name neither/);
    expect(accountability[0]!.note_id).toMatch(/bukan aplikasi yang dimaksud penelitian/);
    expect(accountability[0]!.note_id).toMatch(/tidak menyebut nama keduanya/);
    expect(metrics.links.some((l) => l.indicator.startsWith("tpk-targets-"))).toBe(false);
    for (const l of metrics.links) {
      expect(l.note_en, `${l.dimension} ${l.indicator}`).toMatch(/^Public context only\b/);
      expect(l.note_en, `${l.dimension} ${l.indicator}`).toMatch(/not (figures )?from the study/);
      expect(l.note_id, `${l.dimension} ${l.indicator}`).toMatch(/^Hanya konteks publik\b/);
      expect(l.note_id, `${l.dimension} ${l.indicator}`).toMatch(/bukan (data penelitian|dari penelitian)/);
    }
  });

  it("keeps both sides of every conflict, e.g. Riskesdas 2013 at 37.2 and 37.6", () => {
    const group = bundle.conflicts.find((c) => c.id === "riskesdas-2013-indonesia")!;
    const values = group.observations.map((id) => bundle.observations.find((o) => o.id === id)!.value);
    expect(values).toEqual([37.2, 37.6]);
    for (const c of bundle.conflicts) expect(c.observations.length, c.id).toBeGreaterThanOrEqual(2);
  });
});
