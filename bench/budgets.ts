/** The performance budgets, checked against one run's figures: PASS or MISS with the margin. */
import type { LoaderResult } from "./loader.js";
import type { PageLoad } from "./pages.js";
import type { PhoneResult } from "./phone.js";
import type { QueryResult } from "./query.js";
import { formatBytes, formatMs } from "./stats.js";

export type Status = "PASS" | "MISS" | "n/a";

export interface Verdict {
  budget: string;
  limit: string;
  measured: string;
  /** Headroom (positive) or overrun, in the budget's unit. */
  margin: string;
  status: Status;
}

export interface BudgetInput {
  site: readonly PageLoad[];
  plain: PageLoad;
  query: readonly QueryResult[];
  loader: LoaderResult;
  /** Paths of the DuckDB-wasm build files in dist/. */
  duckdbFiles: readonly string[];
  /** The phone profile's runs (bench/phone.ts), when measured. */
  phone?: readonly PhoneResult[];
}

export const LIMITS = {
  briefJsShare: 0.25,
  queryRows: 1_000_000,
  duckdbSpeedup: 5,
  duckdbMs: 200,
  loaderSeconds: 20,
  loaderBytes: 2e9,
  /** Phone profile: time to first chart on every page but the explorer. */
  phoneFirstChartMs: 2500,
  /** The explorer's first view (gzip bytes) against its bytes when it loaded DuckDB on open. */
  explorerShare: 0.15,
  /**
   * The explorer's gzipped bytes when DuckDB-wasm loaded on open: 7.68 MB, from the run of
   * 2026-11-28 recorded in docs/performance.md before DuckDB was made lazy.
   */
  explorerBaselineGzip: 7.68e6
} as const;

/** `value ≤ limit`, with the margin as `limit − value` in the unit of `format`. */
export function atMost(budget: string, value: number, limit: number, format: (n: number) => string, limitText = format(limit)): Verdict {
  const margin = limit - value;
  return {
    budget,
    limit: `≤ ${limitText}`,
    measured: format(value),
    margin: `${margin >= 0 ? "" : "−"}${format(Math.abs(margin))} (${margin >= 0 ? "" : "−"}${Math.round((Math.abs(margin) / limit) * 100)} %)`,
    status: value <= limit ? "PASS" : "MISS"
  };
}

/** The DuckDB-wasm builds (mvp, eh, coi) that files in dist/ belong to. */
export function duckdbBuilds(paths: readonly string[]): string[] {
  const builds = new Set<string>();
  for (const p of paths) {
    const m = /duckdb-(?:browser-)?(mvp|eh|coi)(?:\.pthread)?(?:\.worker)?(?:\.[0-9a-f]{8})?\.(?:wasm|js)$/.exec(p);
    if (m) builds.add(m[1]!);
  }
  return [...builds].sort();
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const seconds = (x: number) => `${x.toFixed(1)} s`;
const times = (x: number) => `${x.toFixed(1)}×`;

export function evaluateBudgets(input: BudgetInput): Verdict[] {
  const verdicts: Verdict[] = [];

  // 1. The brief page's JavaScript, gzipped, against the plain Framework page's gzipped JavaScript.
  const briefs = input.site.filter((p) => /\/brief$/.test(p.path));
  const plainJs = input.plain.totals.js.gzip;
  const budget1 = "Brief page JS (gzip) ≤ 25 % of the plain Framework page's JS (gzip)";
  if (!briefs.length) {
    verdicts.push({ budget: budget1, limit: `≤ ${formatBytes(plainJs * LIMITS.briefJsShare)}`, measured: "no brief page in dist/", margin: "—", status: "n/a" });
  } else {
    const heaviest = briefs.reduce((a, b) => (b.totals.js.gzip > a.totals.js.gzip ? b : a));
    const v = atMost(`${budget1} (${heaviest.path})`, heaviest.totals.js.gzip / plainJs, LIMITS.briefJsShare, pct);
    verdicts.push({ ...v, measured: `${formatBytes(heaviest.totals.js.gzip)} = ${v.measured} of ${formatBytes(plainJs)}` });
  }

  // 2. DuckDB only where it is used.
  const loaders = input.site.filter((p) => p.duckdb && !/\/explorer$/.test(p.path)).map((p) => p.path);
  verdicts.push({
    budget: "No page but the explorer loads DuckDB",
    limit: "0 pages",
    measured: loaders.length ? loaders.join(", ") : `0 of ${input.site.filter((p) => !/\/explorer$/.test(p.path)).length} other pages`,
    margin: loaders.length ? `−${loaders.length} page${loaders.length === 1 ? "" : "s"}` : "—",
    status: loaders.length ? "MISS" : "PASS"
  });

  // 3. One DuckDB build shipped, and not the mvp one.
  const builds = duckdbBuilds(input.duckdbFiles);
  verdicts.push({
    budget: "dist/ ships one DuckDB build (no mvp files)",
    limit: "1 build, not mvp",
    measured: builds.length ? builds.join(" + ") : "none",
    margin: "—",
    status: builds.length === 1 && builds[0] !== "mvp" ? "PASS" : "MISS"
  });

  // 4. The grouped query at 1 M segments.
  const q = input.query.find((r) => r.segments === LIMITS.queryRows);
  if (!q) {
    verdicts.push({ budget: "DuckDB ≥ 5× faster than arquero at 1 M segments", limit: "≥ 5×", measured: "not run", margin: "—", status: "n/a" });
    verdicts.push({ budget: "DuckDB grouped query at 1 M segments", limit: "< 200 ms", measured: "not run", margin: "—", status: "n/a" });
  } else {
    const speedup = q.arqueroMedianMs / q.duckdbMedianMs;
    verdicts.push({
      budget: "DuckDB ≥ 5× faster than arquero at 1 M segments",
      limit: `≥ ${LIMITS.duckdbSpeedup}×`,
      measured: `${times(speedup)} (${formatMs(q.arqueroMedianMs)} / ${formatMs(q.duckdbMedianMs)})`,
      margin: `${speedup >= LIMITS.duckdbSpeedup ? "" : "−"}${times(Math.abs(speedup - LIMITS.duckdbSpeedup))}`,
      status: speedup >= LIMITS.duckdbSpeedup && q.agree ? "PASS" : "MISS"
    });
    const v = atMost("DuckDB grouped query at 1 M segments", q.duckdbMedianMs, LIMITS.duckdbMs, formatMs);
    verdicts.push({ ...v, limit: `< ${formatMs(LIMITS.duckdbMs)}`, status: q.duckdbMedianMs < LIMITS.duckdbMs ? "PASS" : "MISS" });
  }

  // 5. The loaders on 1 M segments.
  const n = input.loader.segments.toLocaleString("en");
  verdicts.push(atMost(`${n} segments validated and transformed: wall time`, input.loader.wallSeconds, LIMITS.loaderSeconds, seconds));
  verdicts.push(atMost(`${n} segments validated and transformed: peak memory (RSS)`, input.loader.peakRssBytes, LIMITS.loaderBytes, formatBytes));

  // 6. Phones: first chart under the phone profile, and the explorer's first view.
  if (input.phone) {
    const others = input.phone.filter((p) => !/\/explorer$/.test(p.path));
    if (others.length) {
      const slowest = others.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
      verdicts.push(atMost(`Phone profile: first chart on every page but the explorer (slowest: ${slowest.path})`, slowest.medianMs, LIMITS.phoneFirstChartMs, formatMs));
    }
  }
  const explorers = input.site.filter((p) => /\/explorer$/.test(p.path));
  if (explorers.length) {
    const heaviest = explorers.reduce((a, b) => (b.totals.total.gzip > a.totals.total.gzip ? b : a));
    const v = atMost(`Explorer first view ≤ 15 % of its bytes with DuckDB on open (${heaviest.path}, gzip)`, heaviest.totals.total.gzip / LIMITS.explorerBaselineGzip, LIMITS.explorerShare, pct);
    verdicts.push({ ...v, measured: `${formatBytes(heaviest.totals.total.gzip)} = ${v.measured} of ${formatBytes(LIMITS.explorerBaselineGzip)}` });
  }

  return verdicts;
}
