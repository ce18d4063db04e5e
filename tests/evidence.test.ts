/**
 * The one counting rule (loaders/study/evidence.ts): what counts as evidence of co-production at a
 * stage, and that every output counting stages applies it — the overview's stage rows (which the
 * brief and the og:images draw: tests/charts.test.ts), the stages × actors matrix, and the
 * explorer's SQL participation table.
 */
import { describe, expect, it } from "vitest";
import { countingRule } from "../loaders/study/evidence.js";
import { participation } from "../loaders/study/derive.js";
import { loadStudy, type Study } from "../loaders/study/load.js";
import { sqlRows } from "../loaders/study/sqlTables.js";
import { matrixView, overviewView, stageRows } from "../loaders/study/views.js";

const study = loadStudy("data/study");

/** A small study: one lay actor, one professional, one stage. */
function tiny(over: Partial<Study> = {}): Pick<Study, "actors" | "stages" | "findings" | "inferred" | "restatements" | "meta"> {
  const f = (id: string, actors: string[], valence: "strength" | "gap" | "neutral" = "strength") => ({
    id, source: "s.txt", section: "1", item: "", start: 0, end: 1, dimension: "d", subcodes: [], valence, actors, stages: ["co-delivery"], text_id: "x", text_en: "x"
  });
  return {
    meta: study.meta,
    actors: [
      { id: "kader", label_id: "Kader", label_en: "Cadres", kind: "community-cadre", findings: [] },
      { id: "puskesmas", label_id: "Puskesmas", label_en: "Puskesmas", kind: "health-service", findings: [] }
    ],
    stages: [{ id: "co-delivery", order: 1, label_id: "Pelaksanaan", label_en: "Co-delivery", description_id: "", description_en: "", reference: "" }],
    findings: [f("A", ["kader", "puskesmas"]), f("B", ["puskesmas"]), f("C", ["kader"], "gap"), f("D", ["kader"])],
    inferred: [{ file: "findings.csv", id: "C", code: "kader", reason: "r" }],
    restatements: [{ finding: "D", restates: ["A"], reason: "r" }],
    ...over
  } as never;
}

describe("the counting rule", () => {
  it("counts a finding at a stage only when it names a lay actor in its own words, the link is stated and it restates nothing", () => {
    const t = tiny();
    const rule = countingRule(t);
    const basis = (id: string, actor?: string) => rule.basis(t.findings.find((f) => f.id === id)!, "co-delivery", actor);
    expect(basis("A")).toBe("counted");
    expect(basis("A", "puskesmas"), "a professional's cell shares a finding that names a lay actor").toBe("counted");
    expect(basis("B"), "only a professional named: internal work").toBe("internal");
    expect(basis("C"), "the lay actor only inferred").toBe("inferred");
    expect(basis("D"), "a restatement is shown, not counted again").toBe("restatement");
    expect(rule.restates("D")).toEqual(["A"]);
  });

  it("gives no cell a strength or a gap from an inference alone: such a cell is 'not stated in the text'", () => {
    const t = tiny({ findings: tiny().findings.filter((f) => f.id === "C") });
    const [kader] = participation(t);
    expect(kader).toMatchObject({ actor: "kader", level: "not-stated", strengths: 0, gaps: 0, bases: { C: "inferred" } });
    const [row] = stageRows(t);
    expect(row).toMatchObject({ strengths: [], gaps: [], inferred: ["C"] });
  });

  it("is what every stage count of the study applies: overview rows, matrix cells and the SQL participation table", () => {
    const rule = countingRule(study);
    const overview = overviewView(study);
    for (const row of overview.stages) {
      const counted = study.findings.filter((f) => f.stages.includes(row.id) && rule.basis(f, row.id) === "counted");
      expect([...row.strengths, ...row.neutral, ...row.gaps].sort(), row.id).toEqual(counted.map((f) => f.id).sort());
      for (const why of ["internal", "inferred", "restatements"] as const) {
        const basis = why === "restatements" ? "restatement" : why;
        expect(row[why], `${row.id} ${why}`).toEqual(study.findings.filter((f) => f.stages.includes(row.id) && rule.basis(f, row.id) === basis).map((f) => f.id));
      }
    }
    const matrix = matrixView(study);
    for (const cell of matrix.cells) {
      for (const q of cell.findings) {
        const f = study.findings.find((x) => x.id === q.id)!;
        expect(cell.bases[q.id], `${cell.actor} × ${cell.stage}: ${q.id}`).toBe(rule.basis(f, cell.stage, cell.actor));
      }
      const counted = cell.findings.filter((q) => cell.bases[q.id] === "counted");
      expect(cell.strengths + cell.gaps + cell.neutral, `${cell.actor} × ${cell.stage}`).toBe(counted.length);
    }
    expect(sqlRows(study, "participation")).toEqual(participation(study));
  });

  it("on the study: F09 and F24 are internal work, F19/F31/F35/F36 restatements, F25 and F15 rest on our inference", () => {
    const rows = new Map(stageRows(study).map((r) => [r.id, r]));
    expect(rows.get("co-commissioning")!.internal).toEqual(expect.arrayContaining(["F09", "F24"]));
    expect(rows.get("co-commissioning")!.restatements).toEqual(["F19", "F31", "F35", "F36"]);
    expect(rows.get("co-delivery")!.inferred).toEqual(["F25"]);
    expect(rows.get("co-assessment")!.inferred).toEqual(["F15"]);
    const cell = matrixView(study).cells.find((c) => c.actor === "community" && c.stage === "co-assessment")!;
    expect(cell.level).toBe("no-finding");
  });
});
