import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../loaders/errors.js";
import { readAgreeProject } from "../loaders/agree/read.js";
import { writeZip } from "../loaders/qda/zip.js";
import { fixtureFiles, HERE } from "./fixtures/agree/make.js";
import { problemsOf } from "./helpers.js";

const fixture = (name: string) => new Uint8Array(readFileSync(join(HERE, name)));

const problems = (fn: () => unknown): string[] => problemsOf(fn).map(formatProblem);

const qde = (selection: string, text = "Kader ikut rapat.") => `<?xml version="1.0" encoding="utf-8"?>
<Project name="p" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="a0000000-0000-4000-8000-000000000001" name="Ani"/></Users>
  <CodeBook><Codes><Code guid="c0000000-0000-4000-8000-000000000001" name="P" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="50000000-0000-4000-8000-000000000001" name="s.txt"${text === "" ? ' plainTextPath="internal://missing.txt">' : `><PlainTextContent>${text}</PlainTextContent>`}
      ${selection}
    </TextSource>
  </Sources>
</Project>`;
const sel = (start: number, end: number) =>
  `<PlainTextSelection guid="e0000000-0000-4000-8000-000000000001" startPosition="${start}" endPosition="${end}" creatingUser="a0000000-0000-4000-8000-000000000001"><Coding guid="f0000000-0000-4000-8000-000000000001"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>`;

describe("reading a REFI-QDA project for agreement", () => {
  it("the committed fixtures are what tests/fixtures/agree/make.ts writes", () => {
    for (const [name, bytes] of Object.entries(fixtureFiles())) expect(fixture(name), name).toEqual(bytes);
  });

  it("reads sources, and every coding with its user (the Coding's creatingUser over the selection's)", () => {
    const p = readAgreeProject(fixture("two-coders.qdpx"), "two-coders.qdpx");
    expect(p.sources.map((s) => [s.name, Array.from(s.text).length])).toEqual([["rapat.txt", 40], ["transkrip.txt", 36], ["grup.txt", 28]]);
    expect(p.codings).toHaveLength(9);
    const ani = "A0000000-0000-4000-8000-000000000001";
    const budi = "A0000000-0000-4000-8000-000000000002";
    expect(p.codings.filter((c) => c.user === ani)).toHaveLength(5);
    // The last selection was created by Ani; its Coding was made by Budi, so it is Budi's.
    const grupP = p.codings.find((c) => c.start === 0 && c.end === 7)!;
    expect(grupP.user).toBe(budi);
    expect(grupP.where).toMatch(/^two-coders\.qdpx\/project\.qde:\d+$/);
  });

  it("turns a tool's CRLF-as-one positions into file offsets (coder-b is written the ATLAS.ti way)", () => {
    const b = readAgreeProject(fixture("coder-b.qdpx"), "coder-b.qdpx");
    // Budi's Komunikasi in transkrip.txt is written as 14-35 (CRLF as one); in the file it is [15,36).
    const transkrip = b.sources.find((s) => s.name === "transkrip.txt")!;
    expect(b.codings.filter((c) => c.source === transkrip.guid).map((c) => [c.start, c.end])).toEqual([[15, 36]]);
    expect(b.notes.join("\n")).toMatch(/CRLF line ends counted as one/);
    // Forced the other way, the span shifts by one.
    const forced = readAgreeProject(fixture("coder-b.qdpx"), "coder-b.qdpx", "two");
    expect(forced.codings.filter((c) => c.source === transkrip.guid).map((c) => [c.start, c.end])).toEqual([[14, 35]]);
  });

  it("says 'no codings' for projects without codings (the real ATLAS.ti and MAXQDA reference files)", () => {
    const atlas = new Uint8Array(readFileSync("tests/fixtures/qda/atlas-ti-23-target.qdpx"));
    expect(problems(() => readAgreeProject(atlas, "atlas.qdpx"))).toEqual(["atlas.qdpx:1: codings: no codings: no passage of any text source is coded, so there is nothing to compare"]);
    const maxqda = new Uint8Array(readFileSync("tests/fixtures/qda/maxqda-24-paper-themes.project.qde"));
    expect(problems(() => readAgreeProject(maxqda, "m.qde"))[0]).toMatch(/^m\.qde:1: codings: no codings/);
  });

  it("refuses a selection that does not fit its text, with its line (dropping it would change the figures)", () => {
    const bytes = new TextEncoder().encode(qde(sel(3, 99)));
    expect(problems(() => readAgreeProject(bytes, "bad.qde"))).toEqual(['bad.qde:7: PlainTextSelection: positions 3-99 do not fit the text of "s.txt" (17 characters)']);
    expect(readAgreeProject(new TextEncoder().encode(qde(sel(3, 10))), "ok.qde").codings.map((c) => [c.start, c.end])).toEqual([[3, 10]]);
  });

  it("refuses a coded source whose text is not in the archive, and a file that is not a zip", () => {
    const zip = writeZip({ "project.qde": new TextEncoder().encode(qde(sel(0, 5), "")) });
    expect(problems(() => readAgreeProject(zip, "x.qdpx"))[0]).toMatch(/^x\.qdpx\/project\.qde:6: TextSource\.plainTextPath: the text of source "s\.txt" .* is not in the archive/);
    expect(problems(() => readAgreeProject(new Uint8Array([1, 2, 3]), "y.qdpx"))).toEqual(["y.qdpx:1: zip: not a ZIP archive (too short)"]);
  });
});
