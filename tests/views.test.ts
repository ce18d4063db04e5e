import { describe, expect, it } from "vitest";
import { loadStudy, type Study } from "../loaders/study/load.js";
import {
  answeringRecommendations,
  dimensionViews,
  matrixView,
  overviewView,
  quoteIndex,
  recommendationViews,
  stageRows
} from "../loaders/study/views.js";
import { dynamicPaths } from "../src/shared/routes.js";

const study = loadStudy("data/study");
const mini = loadStudy("tests/fixtures/study-mini");
const eight = loadStudy("tests/fixtures/study-eight");

/** A copy of a study with one finding changed. */
function withFinding(s: Study, id: string, change: Partial<Study["findings"][number]>): Study {
  return { ...s, findings: s.findings.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

describe("overviewView", () => {
  const view = overviewView(study);

  it("has one card per codebook dimension, in codebook order, with the thesis's verdict", () => {
    expect(view.dimensions.map((d) => d.id)).toEqual(study.dimensions.map((d) => d.id));
    expect(view.dimensions.map((d) => d.verdict?.rating)).toEqual(["fairly-good", "fairly-good", "good", "fairly-good", "fairly-good", "good", "good"]);
    const planning = view.dimensions.find((d) => d.id === "planning")!;
    expect(planning.strengths.map((q) => q.id)).toEqual(["F09"]);
    expect(planning.gaps.map((q) => q.id)).toEqual(["F10"]);
    expect(planning.neutral.map((q) => q.id)).toEqual(["F08", "F10b"]);
    expect(planning.verdict?.finding?.id).toBe("F30");
  });

  it("splits every dimension's findings by valence with none lost", () => {
    const counted = view.dimensions.reduce((n, d) => n + d.strengths.length + d.gaps.length + d.neutral.length, 0);
    expect(counted + view.crossCutting.length).toBe(study.findings.length);
    expect(view.crossCutting.every((q) => q.dimension === "")).toBe(true);
  });

  it("quotes carry their locator and both languages", () => {
    const f17 = view.dimensions.flatMap((d) => d.gaps).find((q) => q.id === "F17")!;
    expect(f17).toMatchObject({ kind: "finding", source: "bab-v.txt", section: "5.1", item: "4", start: 2401, end: 2489, valence: "gap" });
    expect(f17.text_id).toMatch(/^Namun, keterlibatan kader/);
    expect(f17.text_en).toMatch(/^However/);
  });

  it("quotes the study's own conclusion and qualification, and marks the stages we tie the qualification to", () => {
    expect(view.conclusion?.findings.map((q) => q.id)).toEqual(["F01", "F02", "F29"]);
    expect(view.conclusion?.qualification.map((q) => q.id)).toEqual(["F34", "F35"]);
    expect(view.stages.filter((s) => s.qualified).map((s) => s.id)).toEqual(["co-commissioning", "co-design"]);
    expect(view.study.author).toBeNull();
    expect(view.study.counts).toEqual({ findings: 37, recommendations: 4, actors: 11, channels: 15, dimensions: 7 });
  });

  it("has no conclusion when the study marks none", () => {
    expect(overviewView({ ...study, meta: { ...study.meta, conclusion: undefined } }).conclusion).toBeNull();
  });
});

describe("stageRows", () => {
  it("counts findings per stage by valence in codebook order, by the counting rule", () => {
    const rows = stageRows(study);
    expect(rows.map((r) => r.id)).toEqual(["co-commissioning", "co-design", "co-delivery", "co-assessment"]);
    const design = rows.find((r) => r.id === "co-design")!;
    expect(design).toMatchObject({ strengths: [], gaps: ["F10", "F17"], neutral: [], internal: ["F08", "F09"], inferred: [] });
    expect(design.restatements).toEqual(["F19", "F31", "F35", "F36"]);
    const assessment = rows.find((r) => r.id === "co-assessment")!;
    expect(assessment).toMatchObject({ strengths: [], gaps: [], neutral: [], internal: ["F26", "F28"], inferred: ["F15"] });
  });

  it("follows the codings: re-coding a gap as a strength moves it; naming a lay actor counts it", () => {
    const rows = stageRows(withFinding(study, "F10", { valence: "strength" }));
    const design = rows.find((r) => r.id === "co-design")!;
    expect(design.gaps).not.toContain("F10");
    expect(design.strengths).toContain("F10");
    const named = stageRows(withFinding(study, "F09", { actors: ["community"] })).find((r) => r.id === "co-design")!;
    expect(named.strengths).toEqual(["F09"]);
    expect(named.internal).toEqual(["F08"]);
  });
});

describe("dimensionViews", () => {
  const views = dimensionViews(study);

  it("gives every dimension its previous and next in codebook order", () => {
    expect(views[0]!.previous).toBeNull();
    expect(views[0]!.next?.id).toBe("planning");
    expect(views[6]!.next).toBeNull();
    expect(views[6]!.previous?.id).toBe("leadership");
  });

  it("lists the actors and stages the dimension's findings name", () => {
    const lay = views.find((v) => v.id === "management-of-lay-actors")!;
    expect(lay.actors.map((a) => a.id)).toEqual(["kader-surabaya-hebat", "community", "target-families"]);
    expect(lay.actors.find((a) => a.id === "community")!.findings).toEqual(["F18", "F19"]);
    expect(lay.stages.map((s) => s.id)).toEqual(["co-commissioning", "co-design", "co-delivery", "co-assessment"]);
    expect(lay.stages.find((s) => s.id === "co-assessment")!.findings).toEqual(["F15"]);
  });

  it("links the recommendation that answers the dimension's gaps, with the gaps quoted", () => {
    const planning = views.find((v) => v.id === "planning")!;
    expect(planning.recommendations.map((r) => r.quote.id)).toEqual(["R2"]);
    expect(planning.recommendations[0]!.answers.map((q) => q.id)).toEqual(["F10", "F31", "F35"]);
    expect(planning.recommendations[0]!.quote).toMatchObject({ section: "5.2", item: "2", start: 5684, end: 5875, kind: "recommendation" });
    expect(views.find((v) => v.id === "leadership")!.recommendations).toEqual([]);
  });

  it("finds a recommendation filed under another dimension when it answers this dimension's gap", () => {
    const moved: Study = { ...mini, recommendations: mini.recommendations.map((r) => ({ ...r, dimension: "communication-strategies" })) };
    expect(answeringRecommendations(moved, "planning").map((r) => r.quote.id)).toEqual(["R1"]);
    expect(answeringRecommendations(moved, "planning")[0]!.answers.map((q) => q.id)).toEqual(["F2"]);
  });
});

describe("matrixView", () => {
  const view = matrixView(study);

  it("has actors × stages cells, each explained by its findings", () => {
    expect(view.cells).toHaveLength(study.actors.length * study.stages.length);
    const cell = view.cells.find((c) => c.actor === "community" && c.stage === "co-delivery")!;
    expect(cell.level).toBe("strengths-and-gaps");
    expect(cell.findings.map((q) => q.id)).toEqual(["F07", "F10b", "F11", "F13", "F25", "F33"]);
    expect(cell.inferred).toEqual(["F25"]);
    expect(cell.findings.every((q) => q.text_id && q.start < q.end)).toBe(true);
  });

  it("shows the planning gap: lay actors with counted gap findings and no strength where we tie the study's qualification", () => {
    expect(view.qualification.map((q) => q.id)).toEqual(["F34", "F35"]);
    expect(view.stages.filter((s) => s.qualified).map((s) => s.id)).toEqual(["co-commissioning", "co-design"]);
    const commissioning = view.byStage.find((s) => s.stage === "co-commissioning")!;
    expect(commissioning.gapsOnly).toEqual(["kader-surabaya-hebat", "community"]);
    expect(view.byStage.find((s) => s.stage === "co-delivery")!.gapsOnly).toEqual([]);
    expect(view.actors.filter((a) => a.lay).map((a) => a.id)).toEqual(["kader-surabaya-hebat", "community", "target-families"]);
  });
});

describe("recommendationViews", () => {
  it("gives each recommendation its dimension, actors and finding → gap chains", () => {
    const views = recommendationViews(study);
    expect(views.map((v) => v.quote.id)).toEqual(["R1", "R2", "R3", "R4"]);
    const r3 = views[2]!;
    expect(r3.dimension?.id).toBe("management-of-lay-actors");
    expect(r3.actors.map((a) => a.id)).toEqual(["kader-surabaya-hebat", "pemkot-surabaya"]);
    expect(r3.chains.map((c) => c.gap.id)).toEqual(["F17", "F19", "F31", "F35"]);
    expect(r3.chains[0]!.context.map((q) => q.id)).toEqual(["F14", "F15", "F16"]);
    const r4 = views[3]!;
    expect(r4.chains.map((c) => c.gap.id)).toEqual(["F22"]);
  });

  it("every quote it shows resolves to a row of the study", () => {
    const index = quoteIndex(study);
    for (const v of recommendationViews(study)) {
      for (const c of v.chains) for (const q of [c.gap, ...c.context]) expect(index.get(q.id)).toEqual(q);
    }
  });
});

describe("dimension pages follow the codebook", () => {
  it("an eighth codebook dimension (test fixture) gets a page in each language", () => {
    const base = dynamicPaths({ dimensions: study.dimensions, sources: [], metrics: false, agreement: false, cases: false, actors: true, stages: true });
    const more = dynamicPaths({ dimensions: eight.dimensions, sources: [], metrics: false, agreement: false, cases: false, actors: true, stages: true });
    expect(more.length - base.length).toBe(2);
    expect(more).toContain("/id/dimensions/test-fixture-dimension");
    expect(more).toContain("/en/dimensions/test-fixture-dimension");
    expect(base).not.toContain("/en/dimensions/test-fixture-dimension");
    expect(dimensionViews(eight).map((v) => v.id)).toContain("test-fixture-dimension");
  });
});
