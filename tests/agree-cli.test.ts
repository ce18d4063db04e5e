import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coderB, TEXTS } from "./fixtures/agree/make.js";
import { studyCommand } from "./helpers.js";

const F = "tests/fixtures/agree";
const run = studyCommand;
const tmp = () => mkdtempSync(join(tmpdir(), "agree-cli-"));
/** The table and the passages: everything but the first line (which names the inputs) and the notes. */
const figures = (out: string[]) => out.slice(1).filter((l) => !l.startsWith("note:"));

describe("npm run study -- agree", () => {
  it("prints the same figures for one project with two users and for one project per coder", async () => {
    const one = await run(["agree", `${F}/two-coders.qdpx`]);
    expect(one.code, one.err.join("\n")).toBe(0);
    const two = await run(["agree", `${F}/coder-a.qdpx`, `${F}/coder-b.qdpx`]);
    expect(two.code, two.err.join("\n")).toBe(0);
    expect(figures(two.out)).toEqual(figures(one.out));
    expect(one.out).toContain("Dimensi/Partisipasi  (all sources)    103    11         6          7        87.38   0.6032   0.5547");
    expect(two.out).toContain('note: code "Komunikasi" matched by name (its GUIDs differ between coder-a.qdpx and coder-b.qdpx)');
  });

  it("writes the report named by --out (Markdown or CSV) and nothing else", async () => {
    const dir = tmp();
    expect((await run(["agree", `${F}/two-coders.qdpx`, "--out", join(dir, "report.md")])).code).toBe(0);
    expect((await run(["agree", `${F}/coder-a.qdpx`, `${F}/coder-b.qdpx`, "--out", join(dir, "report.csv")])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["report.csv", "report.md"]);
    expect(readFileSync(join(dir, "report.md"), "utf-8")).toMatch(/^# Coder agreement\n/);
    expect(readFileSync(join(dir, "report.csv"), "utf-8").split("\n")[0]).toBe("code,source,coder_a,coder_b,units,both,only_a,only_b,neither,agreement_pct,kappa,alpha");
  });

  it("selects two of three users with --coders, and otherwise lists them and writes nothing", async () => {
    const dir = tmp();
    const ambiguous = await run(["agree", `${F}/three-users.qdpx`, "--out", join(dir, "r.md")]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.out[0]).toMatch(/^three-users\.qdpx:1: --coders: 3 users made codings; .*Ani .*Budi .*Citra/);
    expect(readdirSync(dir)).toEqual([]);
    const unknown = await run(["agree", `${F}/three-users.qdpx`, "--coders", "Ani,Dewi"]);
    expect(unknown.code).toBe(1);
    expect(unknown.out[0]).toMatch(/no user "Dewi" in this project/);
    const chosen = await run(["agree", `${F}/three-users.qdpx`, "--coders", "Ani,Budi"]);
    expect(figures(chosen.out)).toEqual(figures((await run(["agree", `${F}/two-coders.qdpx`])).out));
  });

  it("says which source differs when the two projects' texts are not the same", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "coder-b.qdpx"), coderB({ rapat: TEXTS.rapat.replace("ikut", "ikot") }));
    const r = await run(["agree", `${F}/coder-a.qdpx`, join(dir, "coder-b.qdpx"), "--out", join(dir, "r.csv")]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual(['coder-b.qdpx/project.qde:13: TextSource: the text of "rapat.txt" differs from "rapat.txt" in coder-a.qdpx (40 vs 40 code points; first difference at code point 8: "ot rapat. Honor diba"… here, "ut rapat. Honor diba"… there); both coders must code the same text']);
    expect(existsSync(join(dir, "r.csv"))).toBe(false);
  });

  it("says 'no codings' for a project without codings (exit 1)", async () => {
    const r = await run(["agree", "tests/fixtures/qda/atlas-ti-23-target.qdpx"]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual(["atlas-ti-23-target.qdpx:1: codings: no codings: no passage of any text source is coded, so there is nothing to compare"]);
  });

  it("exits 2 with the usage on wrong arguments", async () => {
    for (const args of [["agree"], ["agree", "a.qdpx", "b.qdpx", "c.qdpx"], ["agree", `${F}/two-coders.qdpx`, "--out", "r.txt"], ["agree", `${F}/two-coders.qdpx`, "--coders", "Ani"], ["agree", `${F}/two-coders.qdpx`, "--map", "m.csv"], ["agree", "x.csv"], ["agree", "missing.qdpx"], ["agree", `${F}/two-coders.qdpx`, "--out", "no-such-folder/r.md"]]) {
      const { code, err } = await run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(err.join("\n")).toMatch(/usage:[\s\S]*npm run study -- agree <file\.qdpx>/);
    }
  });

  it("prints the table on stdout and its progress on stderr, exit 0", async () => {
    const r = await run(["agree", `${F}/two-coders.qdpx`]);
    expect(r.code, r.err.join("\n")).toBe(0);
    expect(r.out.join("\n")).toMatch(/Komunikasi {11}grup\.txt {10}28 {5}7 {9}0 {9}13 {8}53\.57 {3}0\.2353 {3}0\.0868/);
    expect(r.err.join("\n")).toMatch(/agree: comparing Ani \(5 codings\) with Budi \(4 codings\)/);
  });
});
