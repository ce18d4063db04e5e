import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatMs, median } from "../bench/stats.js";

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it("does not reorder its input", () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe("formatting", () => {
  it("writes bytes in SI units", () => {
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1500)).toBe("1.5 kB");
    expect(formatBytes(2_345_678)).toBe("2.35 MB");
    expect(formatBytes(1.5e9)).toBe("1.50 GB");
  });

  it("writes durations and counts", () => {
    expect(formatMs(3.14159)).toBe("3.1 ms");
    expect(formatMs(123.6)).toBe("124 ms");
    expect(formatMs(12_345)).toBe("12.3 s");
    expect(formatMs(NaN)).toBe("—");
    expect(formatCount(10_000)).toBe("10 k");
    expect(formatCount(1_000_000)).toBe("1 M");
    expect(formatCount(1234)).toBe("1234");
  });
});
