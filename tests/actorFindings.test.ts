import { describe, expect, it } from "vitest";
import { actorCounts } from "../src/components/actorFindings.js";
import { loadStudy } from "../loaders/study/load.js";

describe("findings per actor (the worked example analysis)", () => {
  it("counts, per actor and valence, the findings that name the actor", () => {
    const study = { actors: [{ id: "a", label_id: "Kader", label_en: "Cadres" }, { id: "b", label_id: "Ibu", label_en: "Mothers" }], findings: [
      { valence: "gap", actors: ["a"] }, { valence: "gap", actors: ["a", "b"] }, { valence: "strength", actors: ["b"] }
    ] };
    expect(actorCounts(study, "en")).toEqual([
      { id: "a", actor: "Cadres", counts: { strength: 0, neutral: 0, gap: 2 } },
      { id: "b", actor: "Mothers", counts: { strength: 1, neutral: 0, gap: 1 } }
    ]);
  });

  it("agrees with the Kalirungkut actors' own finding lists in total", () => {
    const study = loadStudy("data/study");
    const counts = actorCounts(study, "id");
    expect(counts).toHaveLength(study.actors.length);
    for (const c of counts) {
      const total = c.counts.strength + c.counts.neutral + c.counts.gap;
      expect(total, c.id).toBe(study.findings.filter((f) => f.actors.includes(c.id)).length);
    }
  });
});
