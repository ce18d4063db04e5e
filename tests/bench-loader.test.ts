import { describe, expect, it } from "vitest";
import { parseClock, parseTimeReport } from "../bench/loader.js";

const GNU_TIME = `	Command being timed: "node --import tsx bench/loader-child.ts /tmp/x"
	User time (seconds): 8.96
	System time (seconds): 1.25
	Percent of CPU this job got: 32%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:30.95
	Average shared text size (kbytes): 0
	Maximum resident set size (kbytes): 1362348
	Exit status: 0
`;

describe("GNU time -v report", () => {
  it("gives peak RSS, wall, user and system time", () => {
    expect(parseTimeReport(GNU_TIME)).toEqual({ maxRssKb: 1_362_348, elapsedSeconds: 30.95, userSeconds: 8.96, systemSeconds: 1.25 });
    expect(parseTimeReport("no report")).toEqual({});
  });

  it("reads m:ss and h:mm:ss clocks", () => {
    expect(parseClock("0:30.95")).toBeCloseTo(30.95);
    expect(parseClock("5:22.46")).toBeCloseTo(322.46);
    expect(parseClock("1:02:03")).toBe(3723);
  });
});
