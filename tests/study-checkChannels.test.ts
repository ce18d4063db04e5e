import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../loaders/errors.js";
import { inferredParties, partiesOf, tieOf, ungroundedChannels } from "../loaders/study/checkChannels.js";
import { loadStudy, validateStudy } from "../loaders/study/load.js";
import { copyFixture } from "./helpers.js";

const MINI = "tests/fixtures/study-mini";
const HEADER = "id,from,to,tie,parties,channel,label_id,label_en,dimension,findings";

/** A copy of the mini study with these channel rows (under the new header) and inferred.csv rows. */
function withChannels(rows: string[], inferred: string[] = []): string {
  const dir = copyFixture(MINI);
  writeFileSync(join(dir, "channels.csv"), [HEADER, ...rows].join("\n") + "\n");
  if (inferred.length) writeFileSync(join(dir, "inferred.csv"), ["file,id,code,reason", ...inferred].join("\n") + "\n");
  return dir;
}

const problems = (dir: string) => validateStudy(dir).problems.map(formatProblem);

describe("channels.csv without the tie columns (a study written before them)", () => {
  it("loads unchanged: every channel directed from → to, no parties list", () => {
    const study = loadStudy(MINI);
    expect(study.channels).toEqual([
      { id: "C1", from: "puskesmas", to: "kader", channel: "whatsapp", label_id: "Grup WhatsApp", label_en: "WhatsApp groups", dimension: "communication-strategies", findings: ["F3"] }
    ]);
    expect(tieOf(study.channels[0]!)).toBe("directed");
    expect(partiesOf(study.channels[0]!)).toEqual(["puskesmas", "kader"]);
  });
});

describe("channels.csv with ties", () => {
  it("reads directed, undirected and hub ties; an empty tie is directed", () => {
    const dir = withChannels([
      "C1,puskesmas,kader,directed,,whatsapp,Grup,Groups,communication-strategies,F3",
      "C2,kader,puskesmas,undirected,,meeting,Rapat,Meetings,communication-strategies,F3",
      "C3,,,hub,pemkot;puskesmas;kader,planning,Perencanaan,Planning,planning,F1;F3",
      "C4,kader,community,,,visits,Kunjungan,Visits,,F3"
    ]);
    expect(problems(dir)).toEqual([]);
    const study = loadStudy(dir);
    expect(study.channels.map(tieOf)).toEqual(["directed", "undirected", "hub", "directed"]);
    expect(study.channels.map(partiesOf)).toEqual([
      ["puskesmas", "kader"],
      ["kader", "puskesmas"],
      ["pemkot", "puskesmas", "kader"],
      ["kader", "community"]
    ]);
  });

  it("locates every tie that says more or less than its kind allows", () => {
    const dir = withChannels([
      "C1,,,hub,pemkot;kader,planning,P,P,planning,F1",
      "C2,pemkot,,hub,pemkot;puskesmas;kader,planning,P,P,planning,F1",
      "C3,,,hub,pemkot;kader;kader;rumah-sakit,planning,P,P,planning,F1",
      "C4,puskesmas,,directed,,whatsapp,W,W,,F3",
      "C5,kader,kader,undirected,,meeting,M,M,,F3",
      "C6,puskesmas,kader,undirected,pemkot;puskesmas;kader,meeting,M,M,,F3",
      "C7,puskesmas,rumah-sakit,,,referral,R,R,,F3",
      "C8,puskesmas,kader,both-ways,,meeting,M,M,,F3"
    ]);
    expect(problems(dir)).toEqual([
      "channels.csv:9: tie: expected one of: directed, undirected, hub (or an empty cell: directed) (got \"both-ways\")"
    ]);
    writeFileSync(join(dir, "channels.csv"), readFileSync(join(dir, "channels.csv"), "utf-8").replace(/^C8,.*\n/m, ""));
    expect(problems(dir)).toEqual([
      "channels.csv:2: parties: a hub joins at least 3 parties (got 2); two parties are a directed or an undirected tie, named in from and to",
      'channels.csv:3: from: a hub has no direction: leave from empty and list every party in parties (got "pemkot")',
      'channels.csv:4: parties: "rumah-sakit" is not an id in actors.csv (or "programme")',
      'channels.csv:4: parties: "kader" is listed more than once',
      'channels.csv:5: to: expected an actor id or "programme": a directed tie names its two parties in from and to',
      'channels.csv:6: to: "kader" is also from: a tie joins two different parties',
      "channels.csv:7: parties: only a hub lists parties (expected an empty cell: an undirected tie names its two parties in from and to)",
      'channels.csv:8: to: "rumah-sakit" is not an id in actors.csv (or "programme")'
    ]);
  });

  it("checks that an inferred party is a party of its channel", () => {
    const dir = withChannels(
      ["C1,programme,kader,directed,,training,Pelatihan,Training,,F3", "C2,,,hub,pemkot;puskesmas;kader,planning,P,P,planning,F1;F3"],
      [
        "channels.csv,C1,programme,the text names no trainer",
        "channels.csv,C1,puskesmas,not a party of C1",
        "channels.csv,C2,pemkot,a hub's party may be inferred",
        "channels.csv,C9,kader,no such channel"
      ]
    );
    expect(problems(dir)).toEqual([
      'inferred.csv:3: code: "puskesmas" is not a party of C1 in channels.csv (its parties: programme, kader)',
      'inferred.csv:5: id: "C9" is not an id in channels.csv'
    ]);
    writeFileSync(join(dir, "inferred.csv"), "file,id,code,reason\nchannels.csv,C1,programme,the text names no trainer\n");
    expect(inferredParties(loadStudy(dir), "C1")).toEqual(["programme"]);
    expect(inferredParties(loadStudy(dir), "C2")).toEqual([]);
  });
});

describe("ungroundedChannels", () => {
  it("names the channels none of whose findings names every party they do not infer", () => {
    const dir = withChannels(
      [
        "C1,puskesmas,kader,directed,,whatsapp,W,W,,F3",
        "C2,,,hub,pemkot;puskesmas;kader,planning,P,P,planning,F1;F3",
        "C3,programme,kader,directed,,training,T,T,,F3",
        "C4,pemkot,kader,directed,,honorarium,H,H,,F3",
        "C5,pemkot,community,undirected,,meeting,M,M,,F1;F2"
      ],
      ["channels.csv,C4,pemkot,the text names no one who pays"]
    );
    const study = loadStudy(dir);
    // C2: no one finding names all three; C5: F1 names pemkot, F2 the community, neither both.
    expect(ungroundedChannels(study)).toEqual(["C2", "C5"]);
  });

  it("does not count an actor a finding carries only by the coder's inference", () => {
    const dir = withChannels(["C1,puskesmas,kader,directed,,whatsapp,W,W,,F3"], ["findings.csv,F3,kader,the span names no cadre"]);
    expect(ungroundedChannels(loadStudy(dir))).toEqual(["C1"]);
  });
});
