/**
 * A new, empty study (`npm run study -- init`, loaders/study/init.ts and scripts/study/init.ts):
 * it validates as it is, with warnings for the placeholders to fill in, and starts from the
 * framework's codebook, not any study's.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodebookFolder } from "../loaders/qda/import.js";
import { newStudyFiles, studyIdFrom } from "../loaders/study/init.js";
import { loadStudy, STUDY_FILES } from "../loaders/study/load.js";
import { STUDY_TABLES } from "../loaders/study/schema.js";
import { studyCommand } from "./helpers.js";

const run = studyCommand;
const FRAMEWORK = readCodebookFolder("data/framework/codebook");

describe("newStudyFiles", () => {
  const files = newStudyFiles({ id: "posyandu-x", codebook: FRAMEWORK });

  it("writes every table with its header only, and the framework's codebook", () => {
    for (const [key, file] of Object.entries(STUDY_FILES)) {
      if (file.startsWith("codebook/") && file !== STUDY_FILES.dimensionNotes) continue;
      expect(files[file], file).toBe(STUDY_TABLES[key as keyof typeof STUDY_FILES].columns.join(",") + "\n");
    }
    for (const name of ["dimensions", "stages", "subcodes"]) expect(files[`codebook/${name}.csv`]).toBe(readFileSync(`data/framework/codebook/${name}.csv`, "utf-8"));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["README.md", "private-names.txt", "prose/README.md", "source/SOURCE.md"]));
  });

  it("writes study.json with every field present: placeholders for the study's words, unknowns null, the framework filled in", () => {
    const meta = JSON.parse(files["study.json"]!);
    expect(Object.keys(meta)).toEqual(["id", "site", "source_kind", "title_id", "title_en", "place_id", "place_en", "framework", "coding_level_en", "coding_level_id", "author", "year", "institution", "conclusion", "sources"]);
    expect(Object.keys(meta.site)).toEqual(["title_id", "title_en", "short_name", "overview_title_id", "overview_title_en", "brief_title_id", "brief_title_en"]);
    expect(meta).toMatchObject({ id: "posyandu-x", source_kind: null, author: null, year: null, institution: null, conclusion: null, sources: [] });
    expect(meta.place_id).toMatch(/^\[fill in\] /);
    expect(meta.framework).toEqual(JSON.parse(readFileSync("data/framework/framework.json", "utf-8")));
    // The README explains every field.
    for (const key of [...Object.keys(meta), ...Object.keys(meta.site).filter((k) => !k.includes("_title_"))]) expect(files["README.md"], key).toContain(`\`${key}\``);
  });

  it("makes an id from a folder name", () => {
    expect(studyIdFrom("Studi Posyandu Kelurahan X")).toBe("studi-posyandu-kelurahan-x");
    expect(studyIdFrom("___")).toBe("my-study");
  });
});

describe("npm run study -- init", () => {
  it("makes a study that validates (warnings for what to fill in)", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "study-init-")), "posyandu-x");
    const made = await run(["init", dir, "--source-kind", "interviews"]);
    expect(made.code, made.out.join("\n")).toBe(0);
    expect(made.err[0]).toMatch(/^init: wrote .*posyandu-x: \d+ files, 7 dimensions and 4 stages from /);
    const checked = await run(["validate", dir]);
    expect(checked.code, checked.out.join("\n")).toBe(0);
    expect(checked.out).toEqual([]);
    expect(checked.err.filter((l) => l.startsWith("study: warning: ")).length).toBeGreaterThanOrEqual(4);
    expect(checked.err).toContain("study: warning: study.json lists no sources yet: copy your texts into source/ and list each under sources");
    const study = loadStudy(dir);
    expect(study.meta.source_kind).toBe("interviews");
    expect([study.findings, study.cases, study.sources]).toEqual([[], [], {}]);
  });

  it("gives a new study the framework's neutral descriptions, not the Kalirungkut study's reading", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "study-init-")), "s");
    expect((await run(["init", dir])).code).toBe(0);
    const study = loadStudy(dir);
    for (const d of study.dimensions) {
      expect(d.description_en, d.id).toMatch(/^What the coded text says about /);
      expect(d.description_id, d.id).toMatch(/^Apa yang dikatakan teks yang dikode tentang /);
      expect(`${d.description_en} ${d.description_id}`, d.id).not.toMatch(/thesis|tesis|Surabaya|Kalirungkut|Perwali|Wali Kota/i);
    }
    expect(study.subcodes).toEqual([]);
    expect(study.dimensionNotes).toEqual([]);
    expect(study.meta.framework.note_en).toMatch(/not the book's wording/);
  });

  it("refuses a folder that is not empty, with a located message, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "study-init-full-"));
    writeFileSync(join(dir, "notes.txt"), "mine\n");
    const r = await run(["init", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([`${dir}:1: folder: the folder exists and is not empty: init makes a new study in a new or empty folder (nothing was written)`]);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
    // An empty folder is fine.
    const empty = join(mkdtempSync(join(tmpdir(), "study-init-empty-")), "e");
    mkdirSync(empty);
    expect((await run(["init", empty])).code).toBe(0);
    expect(existsSync(join(empty, "study.json"))).toBe(true);
    expect(readdirSync(join(empty, ".."))).toEqual(["e"]);
  });

  it("exits 2 on wrong usage", async () => {
    for (const args of [["init"], ["init", "a", "b"], ["init", "a", "--source-kind", "novels"], ["init", "a", "--force"]]) {
      expect((await run(args)).code, args.join(" ")).toBe(2);
    }
  });
});
