import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonOf, siteMembers } from "./artifact.js";
import { agreementView, coderFiles, readCoders } from "../loaders/agree/site.js";
import { DataError, formatProblem } from "../loaders/errors.js";
import { loadStudy } from "../loaders/study/load.js";
import { problemsOf } from "./helpers.js";
import { entryOutput, loadEntry, withEnv } from "./inProcess.js";

/** study-mini with a coders/ folder holding `files`. */
function withCoders(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), "agree-site-")), "study");
  cpSync("tests/fixtures/study-mini", dir, { recursive: true });
  mkdirSync(join(dir, "coders"));
  for (const [name, csv] of Object.entries(files)) writeFileSync(join(dir, "coders", name), csv);
  return dir;
}

describe("coder agreement for the site", () => {
  it("has no coders when the study folder has no coders/ folder", () => {
    expect(coderFiles("tests/fixtures/study-mini")).toEqual([]);
    expect(agreementView(loadStudy("tests/fixtures/study-mini"), [])).toEqual({ first: "findings.csv", coders: [] });
  });

  it("reads every coder file and gives per-dimension figures against the findings", () => {
    // Coder "rina" codes F1's span exactly, only part of F2's, and F3's under the wrong dimension.
    const dir = withCoders({
      "rina.csv": "source,start,end,dimension\nmini.txt,19,107,planning\nmini.txt,108,130,planning\nmini.txt,170,291,planning\n",
      "copy.csv": "source,start,end,dimension\nmini.txt,19,107,planning\nmini.txt,108,166,planning\nmini.txt,170,291,communication-strategies\n",
      "notes.txt": "not a coder file"
    });
    const study = loadStudy(dir);
    expect(coderFiles(dir)).toEqual(["copy.csv", "rina.csv"]);
    const view = agreementView(study, readCoders(dir, study));
    expect(view.coders.map((c) => [c.name, c.segments])).toEqual([
      ["copy", 3],
      ["rina", 3]
    ]);
    const copy = view.coders[0]!;
    for (const d of copy.dimensions) expect([d.dimension, d.kappa, d.percent, d.onlyFirst, d.onlySecond]).toEqual([d.dimension, 1, 100, 0, 0]);
    const [planning, communication] = view.coders[1]!.dimensions;
    expect(planning).toMatchObject({ dimension: "planning", name_en: "Planning", both: 88 + 22, onlyFirst: 166 - 130, onlySecond: 291 - 170 });
    expect(planning!.units).toBe(planning!.both + planning!.onlyFirst + planning!.onlySecond + planning!.neither);
    expect(planning!.kappa).toBeLessThan(1);
    // Communication: the findings code it, rina never does: no agreement beyond chance.
    expect(communication).toMatchObject({ dimension: "communication-strategies", both: 0, onlySecond: 0, kappa: 0 });
  });

  it("reports a bad coder file as file:line: field: message", () => {
    const dir = withCoders({ "x.csv": "source,start,end,dimension\nmini.txt,5,4,planning\nother.txt,0,3,planning\n" });
    const study = loadStudy(dir);
    let problems: string[] = [];
    try {
      readCoders(dir, study);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems = error.problems.map(formatProblem);
    }
    expect(problems).toEqual(["coders/x.csv:2: end: expected an end after the start (5)", 'coders/x.csv:3: source: "other.txt" is not a file under source/ (expected one of: mini.txt)']);
  });

  it("its data loader writes the view as JSON, and fails with the located problem on a bad file", async () => {
    const good = await siteMembers({ STUDY: withCoders({ "coder-2.csv": "source,start,end,dimension\nmini.txt,19,107,planning\n" }) });
    expect(jsonOf<{ coders: { name: string }[] }>(good, "agreement.json").coders.map((c) => c.name)).toEqual(["coder-2"]);
    const bad = withCoders({ "coder-2.csv": "source,start,end,dimension\nmini.txt,19,107,staffing\n" });
    const produce = await loadEntry("src/data/site.zip.ts");
    const problems = problemsOf(() => withEnv({ STUDY: bad }, produce)).map(formatProblem);
    expect(problems.some((p) => /^coders\/coder-2\.csv:2: dimension: "staffing" is not a dimension id/.test(p)), problems.join("\n")).toBe(true);
  });
});
