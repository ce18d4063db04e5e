/**
 * The data-loader entry points: good data gives JSON on stdout; malformed data fails with file,
 * line and field and no output. The entry point's code runs in this process (tests/inProcess.ts);
 * one case runs as the build runs it (tsx, child process), for the exit code, the located message
 * on stderr and the empty stdout.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../loaders/errors.js";
import { copyFixture, edit, problemsOf } from "./helpers.js";
import { jsonOf, siteMembers } from "./artifact.js";
import { loadEntry, withEnv } from "./inProcess.js";

const ENTRY = "src/data/site.zip.ts";

describe("src/data/site.zip.ts", () => {
  it("writes every dataset of the site into one archive, the study among them", async () => {
    const members = await siteMembers({ STUDY: "tests/fixtures/study-mini" });
    expect(Object.keys(members).sort()).toEqual(
      ["agreement", "compare", "datapackage", "dimensions", "documents", "metrics", "overview", "recommendations", "site", "stages", "study"].map((n) => `${n}.json`).concat(["actors", "channels", "findings", "participation", "recommendations"].map((t) => `sql/${t}.arrow`)).sort()
    );
    expect(jsonOf<{ findings: unknown[] }>(members, "study.json").findings).toHaveLength(3);
  });

  const cases: [string, string, string | RegExp, string, RegExp][] = [
    ["an unclosed quote", "findings.csv", 'WhatsApp groups."', "WhatsApp groups.", /findings\.csv:4: csv: a quoted field opened on this line is never closed/],
    ["an unknown column", "actors.csv", "id,label_id", "id,lable_id", /actors\.csv:1: lable_id: unknown column/],
    ["a wrong type", "findings.csv", "5.1,1,19,107", "5.1,1,nineteen,107", /findings\.csv:2: start: expected a whole number \(got "nineteen"\)/],
    ["a duplicate id", "actors.csv", /^kader,/m, "puskesmas,", /actors\.csv:4: id: duplicate id "puskesmas" \(first on line 3\)/]
  ];
  for (const [what, file, from, to, message] of cases) {
    it(`fails on ${what} naming file, line and field`, async () => {
      const dir = copyFixture("tests/fixtures/study-mini");
      edit(dir, file, from, to);
      const produce = await loadEntry(ENTRY);
      const problems = problemsOf(() => withEnv({ STUDY: dir }, produce)).map(formatProblem);
      expect(problems.some((p) => message.test(p)), problems.join("\n")).toBe(true);
    });
  }

  it("as the build runs it (child process): exits 1 with the located problem on stderr and writes nothing", () => {
    const dir = copyFixture("tests/fixtures/study-mini");
    edit(dir, "findings.csv", 'WhatsApp groups."', "WhatsApp groups.");
    const r = spawnSync(process.execPath, ["--import", "tsx", ENTRY], { encoding: "utf-8", env: { ...process.env, STUDY: dir } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^site\.zip: 1 problem in the data:\nfindings\.csv:4: csv: a quoted field opened on this line is never closed/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});
