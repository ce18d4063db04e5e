import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportStudy, formatMeta, parseMeta, qdpxBytes, studyGuid, type ExportResult } from "../loaders/qda/export.js";
import { buildStudy, readCodebookFolder, readQdpx, writeStudyFolder } from "../loaders/qda/import.js";
import { allCodes, parseQde } from "../loaders/qda/qde.js";
import { safeUnzip } from "../loaders/qda/zip.js";
import { loadStudy, readStudy, type Study } from "../loaders/study/load.js";

const XSD = "tests/fixtures/qda/Project-mrt2019.xsd";
/** xmllint (libxml2-utils) validates against the XSD where it is installed; the only process these tests start. */
const hasXmllint = (process.env.PATH ?? "").split(delimiter).some((d) => existsSync(join(d, "xmllint")));
const tmp = () => mkdtempSync(join(tmpdir(), "qda-export-"));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)).map((f) => `${n}/${f}`) : [n]));
}

/** The study as tables and texts, without where it was read from. */
function content(study: Study): Omit<Study, "dir"> {
  const { dir: _dir, ...rest } = study;
  return rest;
}

function roundTrip(bytes: Uint8Array) {
  const built = buildStudy(readQdpx(bytes, "kalirungkut.qdpx").input, { codebook: readCodebookFolder("tests/fixtures/study-mini/codebook") });
  const out = join(tmp(), "study");
  const result = writeStudyFolder(built, out);
  return { built, out, result };
}

describe("exporting the Kalirungkut study (data/study) as REFI-QDA", () => {
  let exported: ExportResult;
  let bytes: Uint8Array;
  let original: Study;
  beforeAll(() => {
    original = loadStudy("data/study");
    exported = exportStudy(original, "data/study");
    bytes = qdpxBytes(exported);
  });

  it("writes project.qde and one Sources/<guid>.txt per source, reproducibly", () => {
    expect(safeUnzip(bytes).map((e) => e.name).sort()).toEqual(["Sources/" + studyGuid("source", "bab-v.txt") + ".txt", "project.qde"]);
    expect(qdpxBytes(exportStudy(loadStudy("data/study"), "data/study"))).toEqual(bytes);
    expect(exported.counts).toEqual({
      codes: 7 + 29 + 1 + 4 + 1 + 11 + 1 + 3 + 1,
      sources: 1,
      selections: original.findings.length + original.recommendations.length + original.excluded.length,
      codings: exported.counts.codings,
      cases: 0,
      variables: 0,
      notes: 26 // study.json, 3 codebook tables and the dimension notes, assessments, actors, channels, inferred.csv, restatements.csv, SOURCE.md (no allow-private.csv), 6 prose files, 9 metrics files
    });
  });

  it.runIf(hasXmllint)("validates against the REFI-QDA 1.0 schema (xmllint)", () => {
    const dir = tmp();
    writeFileSync(join(dir, "project.qde"), exported.xml);
    const result = spawnSync("xmllint", ["--noout", "--schema", XSD, join(dir, "project.qde")], { encoding: "utf-8" });
    expect(result.stderr).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  it("re-imports to an equal study: every file byte for byte, and equal tables", () => {
    const { out, result } = roundTrip(bytes);
    expect(result).toEqual({ written: true, problems: [] });
    const back = loadStudy(out);
    expect(content(back)).toEqual(content(original));
    const originalFiles = files("data/study").sort();
    expect(files(out).filter((f) => f !== "import-report.md").sort()).toEqual(originalFiles);
    for (const f of originalFiles) expect(readFileSync(join(out, f)), f).toEqual(readFileSync(join("data/study", f)));
  });

  it("re-imports by code names when a tool gave the codes new GUIDs and dropped the notes", () => {
    // A tool that keeps names and selections but not our GUIDs or notes: the codebook comes from
    // --codebook, actors cannot be matched (no actors.csv) and are reported, the rest is equal.
    let n = 0;
    const renamed = exported.xml
      .replace(/<Code guid="[^"]+"/g, () => `<Code guid="11111111-2222-4333-8444-${String(++n).padStart(12, "0")}"`)
      .replace(/<Notes>[\s\S]*<\/Notes>\n/, "");
    const guidMap = new Map<string, string>();
    n = 0;
    exported.xml.replace(/<Code guid="([^"]+)"/g, (_m, g: string) => (guidMap.set(g, `11111111-2222-4333-8444-${String(++n).padStart(12, "0")}`), ""));
    const xml = renamed.replace(/targetGUID="([^"]+)"/g, (_m, g: string) => `targetGUID="${guidMap.get(g) ?? g}"`);
    const zipped = qdpxBytes({ ...exported, files: { ...exported.files, "project.qde": new TextEncoder().encode(xml) } });
    const built = buildStudy(readQdpx(zipped, "renamed.qdpx").input, { codebook: readCodebookFolder("data/study/codebook") });
    const out = join(tmp(), "study");
    writeStudyFolder(built, out, { keepInvalid: true });
    const { study } = readStudy(out);
    const strip = (f: Study["findings"][number]) => ({ ...f, actors: [] });
    expect(study!.findings.map(strip)).toEqual(original.findings.map(strip));
    expect(built.report.unmapped.filter((u) => u.selections > 0).map((u) => u.code)).toContain("Actors/Health workers");
  });

  it("never exports private-names.txt", () => {
    const dir = tmp();
    for (const f of files("tests/fixtures/study-mini")) {
      const to = join(dir, f);
      mkdirSync(join(to, ".."), { recursive: true });
      writeFileSync(to, readFileSync(join("tests/fixtures/study-mini", f)));
    }
    writeFileSync(join(dir, "private-names.txt"), "Nama Rahasia\n");
    const result = exportStudy(loadStudy(dir), dir);
    expect(result.xml).not.toContain("Nama Rahasia");
    expect(result.xml).not.toContain("private-names");
    expect(relative(dir, dir)).toBe("");
  });
});

describe("the selection description block", () => {
  it("round-trips and ignores other memos", () => {
    const meta = { kind: "finding" as const, id: "F1", text_en: "a\nb: c" };
    expect(parseMeta(formatMeta(meta))).toEqual({ kind: "finding", id: "F1", text_en: "a b: c" });
    expect(parseMeta("an ordinary memo")).toBeUndefined();
    expect(parseMeta("coproduction-study\nkind: other")).toBeUndefined();
  });

  it("codes the mini study's dimensions, sub-codes, stages, actors and valences", () => {
    const result = exportStudy(loadStudy("tests/fixtures/study-mini"), "tests/fixtures/study-mini");
    const project = parseQde(result.xml);
    expect(project.codes.map((c) => c.name)).toEqual(["Planning", "Communication Strategies", "Co-production stages", "Actors", "Valence", "Recommendation"]);
    expect(allCodes(project.codes).filter((c) => !c.isCodable).map((c) => c.name)).toEqual(["Co-production stages", "Actors", "Valence"]);
    expect(project.textSources[0]!.selections).toHaveLength(3 + 1 + 2);
  });
});
