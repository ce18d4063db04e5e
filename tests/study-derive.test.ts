import { describe, expect, it } from "vitest";
import { chains, dimensionSummaries, levelOf, participation } from "../loaders/study/derive.js";
import { loadStudy } from "../loaders/study/load.js";

const mini = loadStudy("tests/fixtures/study-mini");

describe("participation", () => {
  it("derives each cell's level from the valence of its findings", () => {
    expect(levelOf({ strength: 1, gap: 0, neutral: 0 })).toBe("active");
    expect(levelOf({ strength: 0, gap: 0, neutral: 2 })).toBe("active");
    expect(levelOf({ strength: 1, gap: 1, neutral: 0 })).toBe("partial");
    expect(levelOf({ strength: 0, gap: 1, neutral: 0 })).toBe("absent");
    expect(levelOf({ strength: 0, gap: 0, neutral: 0 })).toBe("no-evidence");
  });

  it("has one cell per actor and stage, citing its findings", () => {
    const cells = participation(mini);
    expect(cells).toHaveLength(mini.actors.length * mini.stages.length);
    expect(cells.find((c) => c.actor === "community" && c.stage === "co-design")).toMatchObject({ level: "absent", findings: ["F2"] });
    expect(cells.find((c) => c.actor === "kader" && c.stage === "co-delivery")).toMatchObject({ level: "active", findings: ["F3"] });
  });

  it("changes when a finding changes", () => {
    const changed = { ...mini, findings: mini.findings.map((f) => (f.id === "F2" ? { ...f, valence: "strength" as const } : f)) };
    const cell = participation(changed).find((c) => c.actor === "community" && c.stage === "co-design");
    expect(cell?.level).toBe("active");
  });

  it("shows the Kalirungkut study's planning gap: the community is absent from co-design", () => {
    const study = loadStudy("data/study");
    const cell = participation(study).find((c) => c.actor === "community" && c.stage === "co-design");
    expect(cell?.level).toBe("absent");
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
