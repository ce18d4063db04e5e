import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonOf, siteMembers } from "./artifact.js";
import { documentView, documentViews } from "../loaders/study/document.js";
import { loadStudy } from "../loaders/study/load.js";
import { entryOutput } from "./inProcess.js";

const study = loadStudy("data/study");

describe("documentViews", () => {
  const [doc] = documentViews(study);

  it("has one document per source, named as study.json names it", () => {
    expect(documentViews(study).map((d) => d.id)).toEqual(study.meta.sources.map((s) => s.file.replace(/\.txt$/, "")));
    const meta = study.meta.sources[0]!;
    expect(doc).toMatchObject({ file: meta.file, title: meta.title, name: meta.short ?? meta.title });
  });

  it("holds the source text whole, in pieces that join back to it", () => {
    expect(doc!.pieces.map((p) => p.text).join("")).toBe(readFileSync(`data/study/source/${doc!.file}`, "utf-8"));
  });

  it("carries every coded finding and recommendation of the source, with codes and translation", () => {
    const findings = study.findings.filter((f) => f.source === doc!.file);
    const recs = study.recommendations.filter((r) => r.source === doc!.file);
    expect(doc!.segments.filter((s) => s.kind === "finding")).toHaveLength(findings.length);
    expect(doc!.segments.filter((s) => s.kind === "recommendation")).toHaveLength(recs.length);
    const f = findings[5]!;
    expect(doc!.segments.find((s) => s.id === f.id)).toMatchObject({ dimension: f.dimension, valence: f.valence, actors: f.actors, stages: f.stages, text_en: f.text_en });
    // Each segment's pieces are exactly its span.
    for (const s of doc!.segments) {
      const covered = doc!.pieces.filter((p) => p.layers.includes(s.id));
      expect(covered[0]!.start).toBe(s.start);
      expect(covered.at(-1)!.end).toBe(s.end);
    }
  });

  it("shows excluded sentences with their reasons as layers of their own", () => {
    const excluded = study.excluded.filter((x) => x.source === doc!.file);
    expect(doc!.excluded.map((x) => [x.reason_en, x.reason_id])).toEqual(excluded.map((x) => [x.reason, x.reason_id]));
    for (const x of doc!.excluded) expect(doc!.pieces.some((p) => p.layers.includes(x.id))).toBe(true);
  });

  it("gives every excluded sentence of the study its reason in Indonesian; a study without the column loads with none", () => {
    expect(doc!.excluded.length).toBeGreaterThan(0);
    for (const x of doc!.excluded) expect([x.reason_en.trim(), x.reason_id.trim()].every(Boolean)).toBe(true);
    const [mini] = documentViews(loadStudy("tests/fixtures/study-mini"));
    expect(readFileSync("tests/fixtures/study-mini/excluded.csv", "utf-8").split("\n")[0]).not.toContain("reason_id");
    expect(mini!.excluded.length).toBeGreaterThan(0);
    for (const x of mini!.excluded) expect([x.reason_en.length > 0, x.reason_id]).toEqual([true, ""]);
  });

  it("carries how the text is shown as written: its emphasis and its breaks inside a sentence, as spans of the source", () => {
    const chars = Array.from(readFileSync(`data/study/source/${doc!.file}`, "utf-8"));
    expect(doc!.emphasis.length).toBeGreaterThan(0);
    for (const e of doc!.emphasis) expect([chars[e.start], chars[e.end - 1]]).toEqual(["*", "*"]);
    expect(doc!.joins.length).toBeGreaterThan(0);
    for (const j of doc!.joins) expect(chars.slice(j.start, j.end).join("")).toMatch(/^\s*\n\s*$/u);
  });

  it("puts overlapping segments on separate lanes and stacks them on the shared text", () => {
    const [a, b] = study.findings;
    const overlapping = { ...b!, id: "OVERLAP", start: a!.start + 5, end: b!.end };
    const doc2 = documentView({ ...study, findings: [...study.findings, overlapping] }, a!.source);
    const lane = (id: string) => doc2.segments.find((s) => s.id === id)!.lane;
    expect(lane("OVERLAP")).not.toBe(lane(a!.id));
    expect(doc2.lanes).toBeGreaterThanOrEqual(2);
    expect(doc2.pieces.some((p) => p.layers.includes(a!.id) && p.layers.includes("OVERLAP"))).toBe(true);
    expect(doc2.pieces.map((p) => p.text).join("")).toBe(study.sources[a!.source]);
  });

  it("its data loader writes every source's view as JSON", async () => {
    const [mini] = jsonOf<{ id: string; pieces: { text: string }[]; coders: unknown[] }[]>(await siteMembers({ STUDY: "tests/fixtures/study-mini" }), "documents.json");
    expect(mini!.id).toBe("mini");
    expect(mini!.pieces.map((p) => p.text).join("")).toBe(readFileSync("tests/fixtures/study-mini/source/mini.txt", "utf-8"));
    expect(mini!.coders).toEqual([]);
  });
});
