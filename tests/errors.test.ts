import { describe, expect, it } from "vitest";
import { DataError, assertNoProblems, formatProblem } from "../loaders/errors.js";

describe("DataError", () => {
  const p = { file: "data/x.csv", line: 4, field: "value", message: "expected a number" };

  it("formats a problem as file:line: field: message", () => {
    expect(formatProblem(p)).toBe("data/x.csv:4: value: expected a number");
  });

  it("prints a problem on one line even when a value in it holds a line break", () => {
    expect(formatProblem({ ...p, field: "a\nb", message: '"x\r\ny" is not an id\u0000' })).toBe('data/x.csv:4: a\\nb: "x\\r\\ny" is not an id\\u0000');
  });

  it("carries every problem and lists them in its message", () => {
    const error = new DataError([p, { ...p, line: 9 }]);
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain("2 problems");
    expect(error.message).toContain("data/x.csv:9: value: expected a number");
  });

  it("throws only when there are problems", () => {
    expect(() => assertNoProblems([])).not.toThrow();
    expect(() => assertNoProblems([p])).toThrow(DataError);
  });
});
