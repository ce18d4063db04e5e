import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { studyBundle } from "../loaders/study/bundle.js";
import { loadStudy } from "../loaders/study/load.js";

const GOLDEN = "tests/golden/study-mini.json";

describe("studyBundle", () => {
  it("matches the golden output for the fixture study", () => {
    const actual = JSON.stringify(studyBundle(loadStudy("tests/fixtures/study-mini")), null, 2) + "\n";
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, actual);
    expect(actual).toBe(readFileSync(GOLDEN, "utf-8"));
  });
});
