import { describe, expect, it } from "vitest";
import { totals } from "../bench/bytes.js";
import type { PageLoad } from "../bench/pages.js";
import { consoleReport, KEPT_END, KEPT_START, markdownTable, performanceMarkdown, textTable, type BenchResults } from "../bench/report.js";

const load = (path: string, chart: boolean, duckdb = false): PageLoad => {
  const files = [
    { path: "a.js", kind: "js" as const, raw: 120_000, gzip: 40_000 },
    { path: "d.csv", kind: "data" as const, raw: 14_403, gzip: 5_100 }
  ];
  return { path, files, totals: totals(files), duckdb, chart, problems: [] };
};

const results: BenchResults = {
  machine: {
    cpu: "Example CPU @ 2.0GHz",
    cores: 2,
    memoryGiB: 23.5,
    os: "Linux 6.1 x64",
    node: "v20.20.2",
    chromium: "156.0.8078.108",
    date: "2026-11-27T23:30:00.000Z",
    loadAverage: [10.5, 11, 9.25]
  },
  durationSeconds: 420,
  runs: 5,
  throttle: 4,
  site: [load("/en/", true), load("/en/stages", false), load("/en/explorer", true, true)],
  plain: load("plain", true, true),
  firstCharts: [
    { path: "/en/", runs: [1, 2, 3, 4, 5], medianMs: 1234 },
    { path: "plain", runs: [1, 2, 3, 4, 5], medianMs: 1500 }
  ],
  query: [
    {
      segments: 1_000_000,
      duckdbLoadMs: 9000,
      arqueroLoadMs: 15000,
      duckdbMs: [],
      arqueroMs: [],
      duckdbMedianMs: 150,
      arqueroMedianMs: 2400,
      groups: 28,
      agree: true
    }
  ],
  engines: { arquero: { raw: 400_000, gzip: 100_000 }, duckdb: { raw: 37_000_000, gzip: 7_500_000 } },
  loader: {
    segments: 1_000_000,
    files: 7,
    bytes: 415_118_465,
    problems: 0,
    wallSeconds: 14.2,
    cpuSeconds: 10.1,
    readSeconds: 1,
    parseSeconds: 8,
    deriveSeconds: 2.5,
    peakRssBytes: 1.4e9,
    rssSource: "/usr/bin/time -v",
    generateSeconds: 30
  },
  duckdbFiles: ["_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm"],
  verdicts: [
    { budget: "No page but the explorer loads DuckDB", limit: "0 pages", measured: "0 of 2 other pages", margin: "—", status: "PASS" },
    { budget: "DuckDB grouped query | at 1 M", limit: "< 200 ms", measured: "250 ms", margin: "−50 ms (−25 %)", status: "MISS" }
  ]
};

describe("tables", () => {
  it("aligns text columns", () => {
    expect(textTable(["a", "bb"], [["xxx", "1"], ["y", "22"]], ["l", "r"])).toBe("a    bb\n---  --\nxxx   1\ny    22");
  });

  it("writes Markdown tables with right-aligned columns and escaped pipes", () => {
    expect(markdownTable(["k", "v"], [["a|b", "1"]], ["l", "r"])).toBe("| k | v |\n| --- | ---: |\n| a\\|b | 1 |");
  });
});

describe("reports", () => {
  it("print every page, the query, the loader and the budgets", () => {
    const text = consoleReport(results);
    expect(text).toContain("Example CPU @ 2.0GHz, 2 cores, 23.5 GiB");
    expect(text).toContain("/en/stages");
    expect(text).toContain("no chart");
    expect(text).toContain("1234 ms");
    expect(text).toContain("120.0 kB / 40.0 kB");
    expect(text).toContain("16.0×");
    expect(text).toContain("1.40 GB");
    expect(text).toMatch(/MISS/);
  });

  it("write docs/performance.md with the machine, the date, the figures and the verdicts", () => {
    const md = performanceMarkdown(results);
    for (const s of [
      "# Performance",
      "| CPU | Example CPU @ 2.0GHz |",
      "| Logical cores | 2 |",
      "| Node | v20.20.2 |",
      "| Chromium | 156.0.8078.108 |",
      "2026-11-27T23:30:00.000Z",
      "10.50, 11.00, 9.25",
      "synthetic",
      "1 met, 1 missed.",
      "| plain Framework page |",
      "| 1 M | 150 ms | 2400 ms | 16.0× | 9000 ms | 15.0 s | yes (28 groups) |",
      "1,000,000 synthetic findings",
      "DuckDB grouped query \\| at 1 M",
      "`_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm`",
      "- /en/: 1, 2, 3, 4, 5",
      "arquero 400.0 kB / 100.0 kB",
      "DuckDB-wasm 37.00 MB / 7.50 MB",
      "- plain Framework page: 1, 2, 3, 4, 5"
    ]) {
      expect(md).toContain(s);
    }
  });
});

describe("the hand-written part of docs/performance.md", () => {
  it("is kept, after the machine's description, when the bench writes the file again; none when there was none", () => {
    const block = `${KEPT_START}\n## Build time\n\n| commit | seconds |\n${KEPT_END}`;
    const md = performanceMarkdown(results, `# Performance\n\nold figures\n\n${block}\n\nmore old figures\n`);
    expect(md.split(KEPT_START)).toHaveLength(2);
    expect(md).toContain(block);
    expect(md.indexOf(block)).toBeGreaterThan(md.indexOf("## Machine"));
    expect(md.indexOf(block)).toBeLessThan(md.indexOf("## Budgets"));
    expect(md).not.toContain("old figures");
    expect(performanceMarkdown(results, "# Performance\nno kept part\n")).not.toContain(KEPT_START);
    expect(performanceMarkdown(results, md)).toBe(md);
  });
});

describe("the phone table", () => {
  it("gives each page the first chart (a build-time drawing counts) and the live chart, as medians", () => {
    const run = (first: number, live: number) => ({ firstChartMs: first, liveChartMs: live, bytes: 90_000 });
    const phone = [{ path: "/en/", runs: [run(1700, 6500), run(1800, 6900), run(2000, 7100)], medianMs: 1800, liveMedianMs: 6900, bytes: 90_000 }];
    const md = performanceMarkdown({ ...results, phone });
    expect(md).toContain("| Page | Bytes received | First chart (median) | Runs (ms) | Live chart (median) |");
    expect(md).toMatch(/\| \/en\/ \| [^|]+ \| 1800 ms \| 1700, 1800, 2000 \| 6900 ms \|/);
    expect(md).toContain('"Live chart" is when the page\'s own code has drawn its first chart');
  });
});
