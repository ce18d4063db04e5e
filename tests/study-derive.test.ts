import { describe, expect, it } from "vitest";
import { chains, dimensionSummaries, levelOf, participation } from "../loaders/study/derive.js";
import { loadStudy } from "../loaders/study/load.js";

const mini = loadStudy("tests/fixtures/study-mini");

describe("participation", () => {
  it("derives each cell's level from the valence of its findings", () => {
    expect(levelOf({ strength: 1, gap: 0, neutral: 0 })).toBe("strengths-only");
    expect(levelOf({ strength: 1, gap: 0, neutral: 3 })).toBe("strengths-only");
    expect(levelOf({ strength: 0, gap: 0, neutral: 2 })).toBe("neutral-only");
    expect(levelOf({ strength: 1, gap: 1, neutral: 0 })).toBe("strengths-and-gaps");
    expect(levelOf({ strength: 0, gap: 1, neutral: 0 })).toBe("gaps-only");
    expect(levelOf({ strength: 0, gap: 1, neutral: 1 })).toBe("gaps-only");
    expect(levelOf({ strength: 0, gap: 0, neutral: 0 })).toBe("no-finding");
    expect(levelOf({ strength: 0, gap: 0, neutral: 0 }, ["internal", "inferred"])).toBe("internal-only");
    expect(levelOf({ strength: 0, gap: 0, neutral: 0 }, ["inferred", "restatement"])).toBe("not-stated");
    expect(levelOf({ strength: 0, gap: 0, neutral: 0 }, ["restatement"])).toBe("restated-only");
    expect(levelOf({ strength: 0, gap: 1, neutral: 0 }, ["inferred"])).toBe("gaps-only");
  });

  it("has one cell per actor and stage, citing its findings", () => {
    const cells = participation(mini);
    expect(cells).toHaveLength(mini.actors.length * mini.stages.length);
    expect(cells.find((c) => c.actor === "community" && c.stage === "co-design")).toMatchObject({ level: "gaps-only", findings: ["F2"], who: "lay", inferred: [] });
    expect(cells.find((c) => c.actor === "kader" && c.stage === "co-delivery")).toMatchObject({ level: "strengths-only", findings: ["F3"] });
  });

  it("changes when a finding changes", () => {
    const changed = { ...mini, findings: mini.findings.map((f) => (f.id === "F2" ? { ...f, valence: "strength" as const } : f)) };
    const cell = participation(changed).find((c) => c.actor === "community" && c.stage === "co-design");
    expect(cell?.level).toBe("strengths-only");
  });

  it("marks the findings whose actor or stage link is inferred, and cells without a lay actor", () => {
    const cells = participation({ ...mini, inferred: [{ file: "findings.csv", id: "F2", code: "co-design", reason: "test" }] });
    expect(cells.find((c) => c.actor === "community" && c.stage === "co-design")).toMatchObject({ inferred: ["F2"] });
    expect(cells.find((c) => c.actor === "community" && c.stage === "co-commissioning")?.inferred ?? []).toEqual([]);
    const noLay = { ...mini, actors: mini.actors.map((a) => ({ ...a, kind: "government" as const })) };
    expect(participation(noLay).find((c) => c.actor === "community" && c.stage === "co-design")?.who).toBe("professional");
  });
});

describe("participation in the Kalirungkut study (docs/coding-notes.md §10)", () => {
  const study = loadStudy("data/study");
  const cell = (actor: string, stage: string) => participation(study).find((c) => c.actor === actor && c.stage === stage)!;

  it("shows the planning gap as what it counts: gap findings and no strength, not absence", () => {
    expect(cell("community", "co-design").level).toBe("gaps-only");
    expect(cell("kader-surabaya-hebat", "co-commissioning").level).toBe("gaps-only");
  });

  it("leaves community × co-assessment empty: F27 is tagged with no stage (docs/coding-notes.md §16)", () => {
    expect(cell("community", "co-assessment")).toMatchObject({ level: "no-finding", findings: [] });
  });

  it("reads a cell the text states only as internal work as internal, whatever is inferred beside it", () => {
    const c = cell("health-workers", "co-delivery");
    expect(c).toMatchObject({ level: "internal-only", strengths: 0, gaps: 0, findings: ["F20", "F21", "F22"], inferred: ["F21", "F22"] });
    expect(c.bases).toEqual({ F20: "internal", F21: "inferred", F22: "inferred" });
  });

  it("reads a cell that only our inference links as not stated in the text, counting nothing", () => {
    expect(cell("kader-surabaya-hebat", "co-assessment")).toMatchObject({ level: "not-stated", strengths: 0, gaps: 0, neutral: 0, findings: ["F15"], bases: { F15: "inferred" } });
  });

  it("counts no restatement: the cadres' planning gap rests on F17 alone", () => {
    const c = cell("kader-surabaya-hebat", "co-commissioning");
    expect(c).toMatchObject({ level: "gaps-only", gaps: 1 });
    expect(c.bases).toMatchObject({ F17: "counted", F19: "restatement", F31: "restatement", F36: "restatement" });
  });

  it("tells internal government or professional work from cells where lay actors take part", () => {
    expect(cell("dinas-kesehatan", "co-assessment").who).toBe("professional");
    expect(cell("pemkot-surabaya", "co-commissioning").who).toBe("professional");
    expect(cell("dinas-kesehatan", "co-delivery")).toMatchObject({ who: "lay", findings: ["F11"] });
  });
});

describe("summaries and chains", () => {
  it("counts strengths and gaps per dimension with the assessment", () => {
    expect(dimensionSummaries(mini)).toEqual([
      expect.objectContaining({ dimension: "planning", rating: "fairly-good", strengths: 1, gaps: 1, recommendations: ["R1"] }),
      expect.objectContaining({ dimension: "communication-strategies", rating: "good", strengths: 1, gaps: 0, recommendations: [] })
    ]);
  });

  it("links each recommendation to the gaps it answers", () => {
    expect(chains(mini)).toEqual([{ recommendation: "R1", dimension: "planning", gap: "F2", context: ["F1"] }]);
  });
});

describe("derived views on many findings", () => {
  // The straightforward definitions (one pass over the findings per cell or dimension) that
  // participation() and dimensionSummaries() compute in a single pass.
  const referenceParticipation = (study: typeof mini) =>
    study.actors.flatMap((actor) =>
      study.stages.map((stage) => {
        const matching = study.findings.filter((f) => f.actors.includes(actor.id) && f.stages.includes(stage.id));
        // no inference or restatement here: a finding counts when it names a lay actor
        const lay = (f: (typeof matching)[number]) => f.actors.some((a) => study.actors.some((x) => x.id === a && (x.kind === "community" || x.kind === "community-cadre")));
        const count = (v: string) => matching.filter((f) => f.valence === v && lay(f)).length;
        const counts = { strength: count("strength"), gap: count("gap"), neutral: count("neutral") };
        return {
          actor: actor.id,
          stage: stage.id,
          level: levelOf(counts, matching.filter((f) => !lay(f)).map(() => "internal" as const)),
          strengths: counts.strength,
          gaps: counts.gap,
          neutral: counts.neutral,
          findings: matching.map((f) => f.id),
          bases: Object.fromEntries(matching.map((f) => [f.id, lay(f) ? "counted" : "internal"])),
          who: matching.length ? (matching.some((f) => f.actors.some((a) => study.actors.some((x) => x.id === a && (x.kind === "community" || x.kind === "community-cadre")))) ? "lay" : "professional") : "",
          inferred: []
        };
      })
    );
  const referenceSummaries = (study: typeof mini) =>
    study.dimensions.map((d) => {
      const fs = study.findings.filter((f) => f.dimension === d.id);
      const count = (v: string) => fs.filter((f) => f.valence === v).length;
      return {
        dimension: d.id,
        order: d.order,
        rating: study.assessments.find((a) => a.dimension === d.id)?.rating ?? null,
        strengths: count("strength"),
        gaps: count("gap"),
        neutral: count("neutral"),
        findings: fs.map((f) => f.id),
        recommendations: study.recommendations.filter((r) => r.dimension === d.id).map((r) => r.id),
        actors: [...new Set(fs.flatMap((f) => f.actors))],
        stages: [...new Set(fs.flatMap((f) => f.stages))]
      };
    });

  it("match the straightforward definitions, with repeated, unknown and missing actors and stages", () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const actors = [...mini.actors.map((a) => a.id), "unknown-actor"];
    const stages = [...mini.stages.map((s) => s.id), "unknown-stage"];
    const dimensions = [...mini.dimensions.map((d) => d.id), "", "unknown-dimension"];
    const findings = Array.from({ length: 400 }, (_, i) => ({
      ...mini.findings[0]!,
      id: `G${i}`,
      dimension: pick(dimensions),
      valence: pick(["strength", "gap", "neutral"] as const),
      actors: Array.from({ length: Math.floor(random() * 4) }, () => pick(actors)),
      stages: Array.from({ length: Math.floor(random() * 3) }, () => pick(stages))
    }));
    const study = { ...mini, findings };
    expect(participation(study)).toEqual(referenceParticipation(study));
    expect(dimensionSummaries(study)).toEqual(referenceSummaries(study));
    expect(participation(mini)).toEqual(referenceParticipation(mini));
    expect(dimensionSummaries(mini)).toEqual(referenceSummaries(mini));
  });
});
