import { describe, expect, it } from "vitest";
import { formatProblem } from "../loaders/errors.js";
import { coderName, parseCoderCsv, studyAgreement } from "../loaders/agree/coder-file.js";
import { loadStudy } from "../loaders/study/load.js";
import { problemsOf } from "./helpers.js";

// 17 code points, a CRLF (one unit), then "Honor 👍 cair." (13 code points, the emoji one): 32 code points, 31 units.
const TEXT = "Kader ikut rapat.\r\nHonor 👍 cair.";
const dims = (...ids: string[]) => ids.map((id) => ({ id })) as never;
const study = {
  sources: { "a.txt": TEXT },
  dimensions: dims("planning", "incentives", "communication"),
  findings: [
    { source: "a.txt", start: 0, end: 17, dimension: "planning" },
    { source: "a.txt", start: 19, end: 32, dimension: "incentives" },
    { source: "a.txt", start: 0, end: 5, dimension: "" }
  ] as never
};

const problems = (fn: () => unknown): string[] => problemsOf(fn).map(formatProblem);

describe("a second coder's file in a study folder (coders/<name>.csv)", () => {
  it("reads segments and computes per-dimension kappa against the findings, as worked out by hand", () => {
    const csv = "source,start,end,dimension\na.txt,6,17,planning\na.txt,19,26,incentives\na.txt,8,12,planning\n";
    const segments = parseCoderCsv(csv, "coders/rina.csv", study);
    expect(segments).toHaveLength(3);
    const result = studyAgreement(study, { name: coderName("coders/rina.csv"), segments });
    expect(result.coders).toEqual(["findings.csv", "rina"]);
    expect(result.byDimension.map((d) => d.dimension)).toEqual(["planning", "incentives"]);
    expect(result.notes).toEqual(["1 dimension(s) were used by neither coder: not listed"]);
    const [planning, incentives] = result.byDimension.map((d) => d.overall);
    // planning: findings [0,17) = 17 units; rina [6,17) and [8,12) (inside it: counted once) = 11.
    // both 11, findings only 6, rina only 0, neither 31 − 17 = 14. po = 25/31.
    // Σ = 17·11 + 14·20 = 467; kappa = (31·25 − 467)/(961 − 467) = 308/494 = 154/247.
    expect(planning!.table).toEqual({ both: 11, onlyA: 6, onlyB: 0, neither: 14 });
    expect(planning!.percent).toBeCloseTo((100 * 25) / 31, 10);
    expect(planning!.kappa).toBeCloseTo(154 / 247, 10);
    // incentives: findings [19,32) = 13 units; rina [19,26) "Honor 👍" = 7. both 7, findings only 6, neither 18.
    // Σ = 13·7 + 18·24 = 523; kappa = (775 − 523)/(961 − 523) = 252/438 = 42/73.
    // alpha: n = 62, n1 = 14 + 6 = 20, n0 = 36 + 6 = 42: 1 − 61·6/(42·20) = 474/840 = 79/140.
    expect(incentives!.table).toEqual({ both: 7, onlyA: 6, onlyB: 0, neither: 18 });
    expect(incentives!.kappa).toBeCloseTo(42 / 73, 10);
    expect(incentives!.alpha).toBeCloseTo(79 / 140, 10);
    expect(result.disagreements.map((d) => `${d.code} ${d.start}-${d.end} ${d.coder}: ${d.excerpt}`)).toEqual(["planning 0-6 findings.csv: Kader", "incentives 26-32 findings.csv: cair."]);
  });

  it("reports every bad row as file:line: field: message", () => {
    const csv = ["source,start,end,dimension", "b.txt,0,3,planning", "a.txt,5,40,planning", "a.txt,9,9,planning", "a.txt,0,3,staffing", "a.txt,x,3,planning"].join("\n");
    expect(problems(() => parseCoderCsv(csv, "coders/x.csv", study))).toEqual([
      "coders/x.csv:6: start: expected a whole number (got \"x\")",
      'coders/x.csv:2: source: "b.txt" is not a file under source/ (expected one of: a.txt)',
      "coders/x.csv:3: end: 40 is past the end of a.txt (32 code points)",
      "coders/x.csv:4: end: expected an end after the start (9)",
      'coders/x.csv:5: dimension: "staffing" is not a dimension id of codebook/dimensions.csv'
    ]);
    expect(problems(() => parseCoderCsv("source,start,end,code\n", "coders/y.csv", study))).toEqual([
      "coders/y.csv:1: code: unknown column (expected: source, start, end, dimension)",
      "coders/y.csv:1: dimension: missing column"
    ]);
  });

  it("agrees completely with a study folder's own findings copied as the second coder", () => {
    const mini = loadStudy("tests/fixtures/study-mini");
    const csv = ["source,start,end,dimension", ...mini.findings.filter((f) => f.dimension).map((f) => `${f.source},${f.start},${f.end},${f.dimension}`)].join("\n");
    const result = studyAgreement(mini, { name: "copy", segments: parseCoderCsv(csv, "coders/copy.csv", mini) });
    expect(result.byDimension.length).toBeGreaterThan(0);
    for (const d of result.byDimension) expect([d.dimension, d.overall.kappa, d.overall.percent]).toEqual([d.dimension, 1, 100]);
    expect(result.disagreements).toEqual([]);
  });
});
