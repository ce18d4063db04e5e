import * as aq from "arquero";
import { beforeAll, describe, expect, it } from "vitest";
import { loadStudy, type Study } from "../loaders/study/load.js";
import { NO_DIMENSION, facetCounts, facetValues, filterSegments, segmentTable, segmentsOf, type Segment } from "../src/components/explorerFacets.js";
import { segmentLabels } from "../src/components/explorerLabels.js";

let study: Study;
let segments: Segment[];

/** The segments as the page makes them: from the study dataset as the browser receives it (JSON). */
function rowsLikeThePage(s: Study) {
  return segmentsOf(JSON.parse(JSON.stringify(s)) as Study);
}

const ids = (t: aq.ColumnTable) => t.array("id") as string[];

beforeAll(() => {
  study = loadStudy("data/study");
  segments = rowsLikeThePage(study);
});

describe("segments from the CSV tables", () => {
  it("has every finding and recommendation with typed locators and split lists", () => {
    expect(segments).toHaveLength(study.findings.length + study.recommendations.length);
    const f12 = segments.find((s) => s.id === "F12")!;
    const raw = study.findings.find((f) => f.id === "F12")!;
    expect(f12).toMatchObject({ kind: "finding", start: raw.start, end: raw.end, section: raw.section, item: raw.item, stages: raw.stages, subcodes: raw.subcodes });
    const r1 = segments.find((s) => s.id === "R1")!;
    expect(r1.kind).toBe("recommendation");
    expect(r1.answers).toEqual(study.recommendations.find((r) => r.id === "R1")!.answers);
    expect(r1.valence).toBe("");
    expect(segments.find((s) => s.id === "F01")!.actors).toEqual([]);
  });
});

describe("filterSegments (arquero)", () => {
  const run = (state: Parameters<typeof filterSegments>[1]) => ids(filterSegments(segmentTable(segments, aq), state));

  it("with no filter keeps every segment in source order", () => {
    expect(run({})).toEqual(segments.map((s) => s.id));
  });

  it("filters each facet like the coded data says", () => {
    expect(run({ valence: "gap" })).toEqual(study.findings.filter((f) => f.valence === "gap").map((f) => f.id));
    expect(run({ kind: "recommendation" })).toEqual(study.recommendations.map((r) => r.id));
    expect(run({ actor: "community" })).toEqual([
      ...study.findings.filter((f) => f.actors.includes("community")).map((f) => f.id),
      ...study.recommendations.filter((r) => r.actors.includes("community")).map((r) => r.id)
    ]);
    expect(run({ stage: "co-design" })).toEqual(study.findings.filter((f) => f.stages.includes("co-design")).map((f) => f.id));
    expect(run({ subcode: "cadre-tasks" })).toEqual(study.findings.filter((f) => f.subcodes.includes("cadre-tasks")).map((f) => f.id));
    expect(run({ dimension: NO_DIMENSION })).toEqual(study.findings.filter((f) => f.dimension === "").map((f) => f.id));
    expect(run({ dimension: "planning" })).toEqual([
      ...study.findings.filter((f) => f.dimension === "planning").map((f) => f.id),
      ...study.recommendations.filter((r) => r.dimension === "planning").map((r) => r.id)
    ]);
  });

  it("combines facets (AND)", () => {
    const expected = study.findings.filter((f) => f.valence === "gap" && f.actors.includes("kader-surabaya-hebat")).map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(run({ valence: "gap", actor: "kader-surabaya-hebat" })).toEqual(expected);
  });

  it("searches the Indonesian text and the English translation, case- and accent-insensitively, every term", () => {
    const has = (s: { text_id: string; text_en: string }, w: string) => `${s.text_id}\n${s.text_en}`.toLowerCase().includes(w);
    const all = [...study.findings, ...study.recommendations];
    expect(run({ q: "WHATSAPP" })).toEqual(all.filter((s) => has(s, "whatsapp")).map((s) => s.id));
    // An English-only word and an Indonesian-only word.
    expect(run({ q: "honorarium" })).toEqual(all.filter((s) => has(s, "honorarium")).map((s) => s.id));
    expect(run({ q: "kader masyarakat" })).toEqual(all.filter((s) => has(s, "kader") && has(s, "masyarakat")).map((s) => s.id));
    expect(run({ q: '"tahap perencanaan"' })).toEqual(all.filter((s) => has(s, "tahap perencanaan")).map((s) => s.id));
    expect(run({ q: "kádér" })).toEqual(run({ q: "kader" }));
    expect(run({ q: "zzzz-nothing" })).toEqual([]);
    expect(run({ q: "f12" })).toContain("F12");
  });
});

describe("facets", () => {
  it("counts values and lists them in codebook order, 'all' first", () => {
    const counts = facetCounts(segments);
    expect(counts.valence.get("gap")).toBe(study.findings.filter((f) => f.valence === "gap").length);
    expect(counts.kind.get("recommendation")).toBe(study.recommendations.length);
    const values = facetValues(segments, study);
    expect(values.dimension).toEqual(["", ...study.dimensions.map((d) => d.id), NO_DIMENSION]);
    expect(values.stage).toEqual(["", ...study.stages.map((s) => s.id)]);
    expect(values.valence[0]).toBe("");
    // only used values
    expect(values.actor.slice(1).every((a) => counts.actor.has(a))).toBe(true);
  });

  it("labels codes in both languages", () => {
    const id = segmentLabels(study, "id");
    const en = segmentLabels(study, "en");
    expect(id.dimension("planning")).toBe("Perencanaan");
    expect(en.dimension("planning")).toBe("Planning");
    expect(en.dimension("")).toBe("cross-cutting");
    expect(id.valence("gap")).toBe("kelemahan");
    expect(en.actor("community")).toBe("Community");
    expect(en.actor("unknown-actor")).toBe("unknown-actor");
    expect(en.value("valence", "")).toBe("all");
    expect(id.kind("recommendation")).toBe("saran");
  });
});
