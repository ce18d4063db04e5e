import { describe, expect, it } from "vitest";
import { atMost, duckdbBuilds, evaluateBudgets, type BudgetInput } from "../bench/budgets.js";
import { totals, type Kind } from "../bench/bytes.js";
import type { LoaderResult } from "../bench/loader.js";
import type { PageLoad } from "../bench/pages.js";
import type { QueryResult } from "../bench/query.js";

function page(path: string, js: number, duckdb = false): PageLoad {
  const files = [{ path: `${path}.js`, kind: "js" as Kind, raw: js * 3, gzip: js }];
  return { path, files, totals: totals(files), duckdb, chart: true, problems: [] };
}

const query = (duckdbMedianMs: number, arqueroMedianMs: number, agree = true): QueryResult => ({
  segments: 1_000_000,
  duckdbLoadMs: 1,
  arqueroLoadMs: 1,
  duckdbMs: [duckdbMedianMs],
  arqueroMs: [arqueroMedianMs],
  duckdbMedianMs,
  arqueroMedianMs,
  groups: 28,
  agree
});

const loader = (wallSeconds: number, peakRssBytes: number): LoaderResult => ({
  segments: 1_000_000,
  files: 7,
  bytes: 4e8,
  problems: 0,
  wallSeconds,
  cpuSeconds: wallSeconds / 2,
  readSeconds: 1,
  parseSeconds: 5,
  deriveSeconds: 2,
  peakRssBytes,
  rssSource: "/usr/bin/time -v",
  generateSeconds: 30
});

const base: BudgetInput = {
  site: [page("/en/", 100), page("/en/explorer", 400, true), page("/en/brief", 90), page("/id/brief", 110)],
  plain: page("plain", 500, true),
  query: [query(100, 900)],
  loader: loader(12, 1.4e9),
  duckdbFiles: ["_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm", "_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-browser-eh.worker.b2f0d826.js"]
};

const status = (input: BudgetInput) => evaluateBudgets(input).map((v) => v.status);

describe("evaluateBudgets", () => {
  it("passes a run within every budget, with margins", () => {
    const verdicts = evaluateBudgets(base);
    expect(verdicts.map((v) => v.status)).toEqual(["PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "PASS", "PASS"]);
    // the heavier brief page is the one judged: 110 of 500 = 22 %
    expect(verdicts[0]!.budget).toContain("/id/brief");
    expect(verdicts[0]!.measured).toContain("22.0 %");
    expect(verdicts[0]!.margin).toBe("3.0 % (12 %)");
    expect(verdicts[3]!.measured).toBe("9.0× (900 ms / 100 ms)");
    expect(verdicts[5]!.margin).toBe("8.0 s (40 %)");
  });

  it("misses each budget when its figure is over, and says by how much", () => {
    expect(status({ ...base, site: [...base.site.slice(0, 3), page("/id/brief", 200)] })[0]).toBe("MISS");
    const offenders = evaluateBudgets({ ...base, site: [...base.site, page("/en/stages", 10, true)] })[1]!;
    expect(offenders).toMatchObject({ status: "MISS", measured: "/en/stages" });
    expect(status({ ...base, duckdbFiles: [...base.duckdbFiles, "_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-mvp.wasm"] })[2]).toBe("MISS");
    expect(status({ ...base, duckdbFiles: ["x/duckdb-mvp.wasm"] })[2]).toBe("MISS");
    expect(status({ ...base, query: [query(100, 400)] })[3]).toBe("MISS");
    expect(status({ ...base, query: [query(100, 900, false)] })[3]).toBe("MISS");
    expect(status({ ...base, query: [query(250, 5000)] }).slice(3, 5)).toEqual(["PASS", "MISS"]);
    const slow = evaluateBudgets({ ...base, loader: loader(25, 2.1e9) });
    expect(slow.slice(5, 7).map((v) => v.status)).toEqual(["MISS", "MISS"]);
    expect(slow[5]!.margin).toBe("−5.0 s (−25 %)");
  });

  it("judges the phone profile's slowest page but the explorer, and the explorer's first view against its DuckDB-on-open bytes", () => {
    const phone = (path: string, medianMs: number) => ({ path, runs: [{ firstChartMs: medianMs, liveChartMs: medianMs, bytes: 1 }], medianMs, liveMedianMs: medianMs, bytes: 1 });
    const ok = evaluateBudgets({ ...base, phone: [phone("/en/", 2000), phone("/en/explorer", 9000)] });
    expect(ok.at(-2)).toMatchObject({ status: "PASS", measured: "2000 ms" });
    expect(ok.at(-2)!.budget).toContain("/en/");
    const slow = evaluateBudgets({ ...base, phone: [phone("/en/", 2000), phone("/en/stages", 3000)] });
    expect(slow.at(-2)).toMatchObject({ status: "MISS" });
    expect(slow.at(-2)!.budget).toContain("/en/stages");
    // 1.2 MB of 7.68 MB is 15.6 %: over.
    const heavy = evaluateBudgets({ ...base, site: [page("/en/", 100), page("/en/explorer", 1.2e6)] });
    expect(heavy.at(-1)).toMatchObject({ status: "MISS" });
    expect(heavy.at(-1)!.measured).toContain("15.6 %");
  });

  it("reports n/a when there is no brief page or no 1 M query", () => {
    const none = evaluateBudgets({ ...base, site: base.site.slice(0, 2), query: [] });
    expect(none.map((v) => v.status)).toEqual(["n/a", "PASS", "PASS", "n/a", "n/a", "PASS", "PASS", "PASS"]);
  });
});

describe("helpers", () => {
  it("atMost gives the margin as limit − value", () => {
    expect(atMost("x", 3, 4, String)).toMatchObject({ status: "PASS", margin: "1 (25 %)", limit: "≤ 4" });
    expect(atMost("x", 5, 4, String)).toMatchObject({ status: "MISS", margin: "−1 (−25 %)" });
  });

  it("duckdbBuilds names the builds the files belong to", () => {
    expect(duckdbBuilds(base.duckdbFiles)).toEqual(["eh"]);
    expect(duckdbBuilds(["a/duckdb-browser-mvp.worker.18a8af1f.js", "a/duckdb-eh.wasm", "a/duckdb-browser-coi.pthread.worker.js"])).toEqual(["coi", "eh", "mvp"]);
    expect(duckdbBuilds(["_observablehq/stdlib/duckdb.43e22b65.js", "_npm/@duckdb/duckdb-wasm@1.29.0/22bdbdfa.js"])).toEqual([]);
  });
});
