import { describe, expect, it } from "vitest";
import { DataError, formatProblem } from "../loaders/errors.js";
import { codersInOne, codersInTwo, findUser, projectUsers } from "../loaders/agree/coders.js";
import { readAgreeProject } from "../loaders/agree/read.js";
import { coderA, coderB, threeUsers, twoCoders } from "./fixtures/agree/make.js";

const read = (bytes: Uint8Array, name: string) => readAgreeProject(bytes, name);
function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatProblem).join("\n");
    throw error;
  }
  throw new Error("expected a DataError");
}

describe("choosing the two coders", () => {
  it("takes the two users who coded a project, in the order of <Users>", () => {
    const [a, b] = codersInOne(read(twoCoders(), "two.qdpx"));
    expect([a.label, b.label]).toEqual(["Ani", "Budi"]);
    expect([a.codings.length, b.codings.length]).toEqual([5, 4]);
  });

  it("asks for --coders when more than two users coded, listing them with their codings", () => {
    const p = read(threeUsers(), "three.qdpx");
    expect(projectUsers(p).map((u) => [u.label, u.codings])).toEqual([["Ani", 5], ["Budi", 4], ["Citra", 1]]);
    const message = problem(() => codersInOne(p));
    expect(message).toMatch(/^three\.qdpx:1: --coders: 3 users made codings; choose two with --coders <nameA>,<nameB>\. The project's users: Ani \{A0000000-0000-4000-8000-000000000001\} \(5 codings\); Budi .*; Citra .*\(1 coding\)$/);
    const [a, b] = codersInOne(p, ["citra", "ANI"]);
    expect([a.label, b.label, a.codings.length, b.codings.length]).toEqual(["Citra", "Ani", 1, 5]);
    expect(findUser(p, "{a0000000-0000-4000-8000-000000000002}")).toBe("A0000000-0000-4000-8000-000000000002");
  });

  it("names an unknown user, the same user twice, and a single coder as located errors", () => {
    const p = read(threeUsers(), "three.qdpx");
    expect(problem(() => codersInOne(p, ["Ani", "Dewi"]))).toMatch(/^three\.qdpx:1: --coders: no user "Dewi" in this project\. Its users: Ani .*Budi .*Citra/);
    expect(problem(() => codersInOne(p, ["Ani", "ani"]))).toMatch(/both names are the same user/);
    expect(problem(() => codersInOne(read(coderA(), "a.qdpx")))).toMatch(/^a\.qdpx:1: --coders: only one user made codings in this project; agreement needs two coders \(or give one project per coder\)/);
  });

  it("takes one coder per project, and asks which user to take from a project coded by several", () => {
    const [a, b] = codersInTwo(read(coderA(), "a.qdpx"), read(coderB(), "b.qdpx"));
    expect([a.label, b.label, a.codings.length, b.codings.length]).toEqual(["Ani", "Budi", 5, 4]);
    const three = read(threeUsers(), "three.qdpx");
    expect(problem(() => codersInTwo(three, read(coderB(), "b.qdpx")))).toMatch(/^three\.qdpx:1: --coders: codings by 3 users; name the user to take from each project/);
    const [x, y] = codersInTwo(three, read(coderB(), "b.qdpx"), ["Ani", "Budi"]);
    expect([x.codings.length, y.codings.length]).toEqual([5, 4]);
    // Two coders with one name are told apart by their files.
    const [s, t] = codersInTwo(read(coderA(), "a.qdpx"), read(coderA(), "a2.qdpx"));
    expect([s.label, t.label]).toEqual(["Ani (a.qdpx)", "Ani (a2.qdpx)"]);
  });
});
