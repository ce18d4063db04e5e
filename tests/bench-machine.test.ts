import { describe, expect, it } from "vitest";
import { cpuModel, describeMachine } from "../bench/machine.js";

describe("cpuModel", () => {
  it("reads the model name of /proc/cpuinfo", () => {
    const x86 = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel\t\t: 85\nmodel name\t: Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz\n\nprocessor\t: 1\n";
    expect(cpuModel(x86)).toBe("Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz");
    expect(cpuModel("processor\t: 0\nBogoMIPS\t: 50.00\nHardware\t: BCM2835\n")).toBe("BCM2835");
    expect(cpuModel("")).toBeUndefined();
  });
});

describe("describeMachine", () => {
  it("records the CPU, cores, memory, versions, date and load", () => {
    const m = describeMachine("156.0.1", new Date("2026-01-02T03:04:05Z"));
    expect(m.cpu.length).toBeGreaterThan(0);
    expect(m.cores).toBeGreaterThan(0);
    expect(m.memoryGiB).toBeGreaterThan(0);
    expect(m.node).toBe(process.version);
    expect(m.chromium).toBe("156.0.1");
    expect(m.date).toBe("2026-01-02T03:04:05.000Z");
    expect(m.loadAverage).toHaveLength(3);
  });
});
