/**
 * The data-loader entry points as the build runs them (tsx, child process): good data gives
 * JSON on stdout; malformed data fails with file, line and field on stderr and no output.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { copyFixture, edit } from "./helpers.js";

function run(entry: string, study: string) {
  return spawnSync("npx", ["tsx", entry], { encoding: "utf-8", env: { ...process.env, STUDY: study } });
}

describe("src/data/study.json.ts", () => {
  it("writes the study bundle as JSON", () => {
    const r = run("src/data/study.json.ts", "tests/fixtures/study-mini");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toHaveLength(3);
  });

  const cases: [string, string, string | RegExp, string, RegExp][] = [
    ["an unclosed quote", "findings.csv", 'WhatsApp groups."', "WhatsApp groups.", /findings\.csv:4: csv: a quoted field opened on this line is never closed/],
    ["an unknown column", "actors.csv", "id,label_id", "id,lable_id", /actors\.csv:1: lable_id: unknown column/],
    ["a wrong type", "findings.csv", "5.1,1,19,107", "5.1,1,nineteen,107", /findings\.csv:2: start: expected a whole number \(got "nineteen"\)/],
    ["a duplicate id", "actors.csv", /^kader,/m, "puskesmas,", /actors\.csv:4: id: duplicate id "puskesmas" \(first on line 3\)/]
  ];
  for (const [what, file, from, to, message] of cases) {
    it(`fails on ${what} naming file, line and field`, () => {
      const dir = copyFixture("tests/fixtures/study-mini");
      edit(dir, file, from, to);
      const r = run("src/data/study.json.ts", dir);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    });
  }
});
