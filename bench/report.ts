/** The benchmark's figures as a console table and as docs/performance.md. */
import type { Verdict } from "./budgets.js";
import { LIMITS } from "./budgets.js";
import type { Size, Totals } from "./bytes.js";
import type { LoaderResult } from "./loader.js";
import type { Machine } from "./machine.js";
import type { FirstChart, PageLoad } from "./pages.js";
import type { QueryResult } from "./query.js";
import { PHONE, type PhoneResult } from "./phone.js";
import { PLAIN_ROWS } from "./plain.js";
import { formatBytes, formatCount, formatMs } from "./stats.js";

export interface BenchResults {
  machine: Machine;
  durationSeconds: number;
  /** Runs per timing (the median is reported) and the CPU slow-down of the chart timings. */
  runs: number;
  throttle: number;
  site: PageLoad[];
  plain: PageLoad;
  /** Time to first chart, by page path; the plain page is keyed `plain`. */
  firstCharts: FirstChart[];
  query: QueryResult[];
  /** What each query engine costs a page to load: arquero's module; DuckDB's client, library, worker and wasm. */
  engines: { arquero: Size; duckdb: Size };
  loader: LoaderResult;
  duckdbFiles: string[];
  /** The phone profile's figures per page (bench/phone.ts). */
  phone?: PhoneResult[];
  verdicts: Verdict[];
}

type Align = "l" | "r";

/** A plain-text table with aligned columns. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (align[i] === "r" ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A Markdown table (pipes in cells escaped). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  const row = (cells: readonly string[]) => `| ${cells.map(esc).join(" | ")} |`;
  return [row(header), `|${header.map((_, i) => (align[i] === "r" ? " ---: " : " --- ")).join("|")}|`, ...rows.map(row)].join("\n");
}

const both = (s: Size) => (s.raw ? `${formatBytes(s.raw)} / ${formatBytes(s.gzip)}` : "—");

export const PAGE_HEADER = ["Page", "JS", "CSS", "Data", "Wasm", "Total (all files)", "DuckDB", "First chart"];
export const PAGE_ALIGN: Align[] = ["l", "r", "r", "r", "r", "r", "l", "r"];

function pageRow(label: string, totals: Totals, duckdb: boolean, chart: FirstChart | undefined, hasChart: boolean, redirectedTo?: string): string[] {
  return [
    label,
    both(totals.js),
    both(totals.css),
    both(totals.data),
    both(totals.wasm),
    both(totals.total),
    duckdb ? "yes" : "no",
    chart ? formatMs(chart.medianMs) : redirectedTo ? `see ${redirectedTo}` : hasChart ? "not timed" : "no chart"
  ];
}

export function pageRows(r: BenchResults): string[][] {
  const chartOf = (path: string) => r.firstCharts.find((c) => c.path === path);
  return [
    ...r.site.map((p) =>
      pageRow(p.redirectedTo ? `${p.path} → ${p.redirectedTo}` : p.path, p.totals, p.duckdb, chartOf(p.path), p.chart, p.redirectedTo)
    ),
    pageRow("plain Framework page", r.plain.totals, r.plain.duckdb, chartOf("plain"), r.plain.chart)
  ];
}

export const QUERY_HEADER = ["Segments", "DuckDB-wasm", "arquero", "arquero ÷ DuckDB", "Load into DuckDB", "Load into arquero", "Same result"];
export const QUERY_ALIGN: Align[] = ["r", "r", "r", "r", "r", "r", "l"];

export function queryRows(r: BenchResults): string[][] {
  return r.query.map((q) => [
    formatCount(q.segments),
    formatMs(q.duckdbMedianMs),
    formatMs(q.arqueroMedianMs),
    `${(q.arqueroMedianMs / q.duckdbMedianMs).toFixed(1)}×`,
    formatMs(q.duckdbLoadMs),
    formatMs(q.arqueroLoadMs),
    q.agree ? `yes (${q.groups} groups)` : "NO"
  ]);
}

export function loaderRows(l: LoaderResult): string[][] {
  return [
    ["Segments (rows)", l.segments.toLocaleString("en")],
    ["Files (each ≤ 64 MiB, the loaders' limit)", String(l.files)],
    ["CSV bytes", formatBytes(l.bytes)],
    ["Problems found", String(l.problems)],
    ["Wall time (child process, start-up included)", `${l.wallSeconds.toFixed(1)} s`],
    ["  of which read and decode", `${l.readSeconds.toFixed(1)} s`],
    ["  of which parse and validate (parseCsv + findingSchema)", `${l.parseSeconds.toFixed(1)} s`],
    ["  of which participation + dimension summaries", `${l.deriveSeconds.toFixed(1)} s`],
    ["CPU time (user + system, all threads)", `${l.cpuSeconds.toFixed(1)} s`],
    ["Throughput", `${Math.round(l.segments / l.wallSeconds).toLocaleString("en")} segments/s, ${formatBytes(l.bytes / l.wallSeconds)}/s`],
    [`Peak memory (RSS, ${l.rssSource})`, formatBytes(l.peakRssBytes)]
  ];
}

export const BUDGET_HEADER = ["Budget", "Limit", "Measured", "Margin", "Result"];

export function budgetRows(verdicts: readonly Verdict[]): string[][] {
  return verdicts.map((v) => [v.budget, v.limit, v.measured, v.margin, v.status]);
}

function machineRows(m: Machine): string[][] {
  return [
    ["Date", m.date],
    ["CPU", m.cpu],
    ["Logical cores", String(m.cores)],
    ["Memory", `${m.memoryGiB.toFixed(1)} GiB`],
    ["OS", m.os],
    ["Node", m.node],
    ["Chromium", m.chromium],
    ["Load average at start (1, 5, 15 min)", m.loadAverage.map((x) => x.toFixed(2)).join(", ")]
  ];
}

export const PHONE_HEADER = ["Page", "Bytes received", "First chart (median)", "Runs (ms)", "Live chart (median)"];
export const PHONE_ALIGN: Align[] = ["l", "r", "r", "l", "r"];

export function phoneRows(r: BenchResults): string[][] {
  return (r.phone ?? []).map((p) => [
    p.path,
    formatBytes(p.bytes),
    formatMs(p.medianMs),
    p.runs.map((x) => Math.round(x.firstChartMs)).join(", "),
    p.liveMedianMs === undefined ? "—" : formatMs(p.liveMedianMs)
  ]);
}

const phoneProfileText = `${PHONE.viewport.width} × ${PHONE.viewport.height} px, CPU ${PHONE.cpuSlowdown}× slower, slow 4G (${PHONE.network.latency} ms added per request, ${((PHONE.network.downloadThroughput * 8) / 1000).toFixed(0)} kbit/s down, ${((PHONE.network.uploadThroughput * 8) / 1000).toFixed(0)} kbit/s up)`;

/** What `npm run bench` prints. */
export function consoleReport(r: BenchResults): string {
  const parts = [
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB.toFixed(1)} GiB, Node ${r.machine.node}, Chromium ${r.machine.chromium}, load ${r.machine.loadAverage.map((x) => x.toFixed(2)).join(" ")}`,
    "",
    `Bytes each page loads (raw / gzip -9) and time to first chart (median of ${r.runs}, CPU ${r.throttle}× slower)`,
    textTable(PAGE_HEADER, pageRows(r), PAGE_ALIGN),
    "",
    `Grouped query: count and gap share by dimension × stage (median of ${r.runs})`,
    textTable(QUERY_HEADER, queryRows(r), QUERY_ALIGN),
    `Engine bytes (raw / gzip): arquero ${both(r.engines.arquero)}, DuckDB-wasm ${both(r.engines.duckdb)}`,
    "",
    `Loader: ${r.loader.segments.toLocaleString("en")} synthetic segments through parseCsv + findingSchema, participation and summaries`,
    textTable(["", ""], loaderRows(r.loader), ["l", "r"]),
    "",
    ...(r.phone?.length ? [`Phone profile: ${phoneProfileText}`, textTable(PHONE_HEADER, phoneRows(r), PHONE_ALIGN), ""] : []),
    "Budgets",
    textTable(BUDGET_HEADER, budgetRows(r.verdicts))
  ];
  return parts.join("\n");
}

/**
 * The part of docs/performance.md written by hand and kept when the bench writes the file again:
 * figures a bench run cannot make itself (the build's time against an older commit's, measured
 * side by side on the same machine).
 */
export const KEPT_START = "<!-- kept by npm run bench: start -->";
export const KEPT_END = "<!-- kept by npm run bench: end -->";

/** The kept part of a previous docs/performance.md, markers included ("" when it has none). */
export function keptPart(previous: string): string {
  const a = previous.indexOf(KEPT_START);
  const b = previous.indexOf(KEPT_END);
  return a >= 0 && b > a ? previous.slice(a, b + KEPT_END.length) : "";
}

/** docs/performance.md; `previous` is the file as it was, whose kept part follows the machine's description. */
export function performanceMarkdown(r: BenchResults, previous = ""): string {
  const kept = keptPart(previous);
  const passed = r.verdicts.filter((v) => v.status === "PASS").length;
  const missed = r.verdicts.filter((v) => v.status === "MISS").length;
  return `# Performance

Figures from one run of \`npm run bench\` (bench/run.ts), written by it to this file. Run it again
to check them on your machine; it builds the site first and takes several minutes.

Every row of benchmark data is **synthetic**: generated by bench/synthetic.ts with a seeded
pseudo-random generator, with "synthetic" in its file name, its \`synthetic\` column or its text.
No figure here is about the study; the study's own data is small (the real findings table has
a few dozen rows).

## Machine

${markdownTable(["", ""], machineRows(r.machine))}

The machine is shared with other work (see the load average): timings, wall times above all,
vary from run to run; byte counts do not. The run took ${Math.round(r.durationSeconds / 60)} minutes.
${kept ? `\n${kept}\n` : ""}
## Budgets

${passed} met, ${missed} missed${r.verdicts.length - passed - missed ? `, ${r.verdicts.length - passed - missed} not applicable` : ""}.

${markdownTable(BUDGET_HEADER, budgetRows(r.verdicts))}

The brief-page budget compares gzipped JavaScript with gzipped JavaScript: the page's own JS
against the JS of a plain Framework page that uses the same libraries the default way
(bench/plain/index.md). The loader budget is wall-clock time, start-up included, on the shared
machine above; its CPU time is in the loader table.

## Bytes each page loads

Every page of dist/ (the list the browser tests use) and the plain Framework page, each loaded
in headless Chromium until every cell has rendered. Each request is counted once and sized from
its file on disk: raw / gzip level 9 (node:zlib). "Total" includes the page's HTML and any other
file (such as the favicon); a page that redirects (\`/ → /id/\`) counts what both documents load.
"First chart" is the time from navigation start until the first \`svg\` inside \`main\` or a
\`figure\` exists, with the CPU slowed ${r.throttle}× (Chrome DevTools Protocol
\`Emulation.setCPUThrottlingRate\`) and the HTTP cache off: the median of ${r.runs} loads.

${markdownTable(PAGE_HEADER, pageRows(r), PAGE_ALIGN)}

Every first-chart run, in milliseconds:

${r.firstCharts.map((c) => `- ${c.path === "plain" ? "plain Framework page" : c.path}: ${c.runs.map((x) => Math.round(x)).join(", ")}`).join("\n")}

The plain page is built in a throwaway Framework project (bench/plain/) with the same
lockfile, the same hermetic build and the same two offline settings as the site (no web-font
stylesheet, no DuckDB json/parquet extensions); unlike the site, it keeps Framework's default
DuckDB files (both builds). Its data is ${PLAIN_ROWS} synthetic rows.

DuckDB-wasm files in dist/: ${r.duckdbFiles.length ? r.duckdbFiles.map((f) => `\`${f}\``).join(", ") : "none"}.

## Phones

Each page with a chart as a phone on a slow mobile network sees it (bench/phone.ts): a
${phoneProfileText}, emulated through the Chrome DevTools Protocol (\`Emulation.setCPUThrottlingRate\`,
\`Network.emulateNetworkConditions\`) with the HTTP cache off. Slow 4G takes Lighthouse's figures for
DevTools throttling of its mobile profile. "Bytes received" is what crossed the connection until the page
was idle, as Chromium counts it, from a local server that gzips responses as a static host does; "First chart" as above. Budgets: first
chart ≤ ${formatMs(LIMITS.phoneFirstChartMs)} on every page but the explorer; the explorer's first view
≤ ${Math.round(LIMITS.explorerShare * 100)} % of its gzipped bytes when it loaded DuckDB on open.
The explorer loads DuckDB-wasm and its worker only when a reader runs SQL.
The overview, actors, public-figures and findings-per-actor pages carry their first charts in their HTML, drawn at build
time by the same components (loaders/site/prerender.ts): "First chart" counts that drawing, as a reader
sees it; "Live chart" is when the page's own code has drawn its first chart (filters, details and
downloads work from then on).

${r.phone?.length ? markdownTable(PHONE_HEADER, phoneRows(r), PHONE_ALIGN) : "Not measured in this run."}

## Evidence explorer query

The explorer's grouped query — count and gap share by dimension × stage — on synthetic coded
segments, in DuckDB-wasm (Framework's \`DuckDBClient\`, SQL \`GROUP BY\`) and in arquero
(\`groupby\` + \`rollup\`), on the same page in headless Chromium (CPU not slowed): the median of
${r.runs} runs of the query alone, after loading the table into each engine once (load times
shown apart; loading into DuckDB includes starting DuckDB-wasm and compiling its wasm).
"arquero ÷ DuckDB" above 1 means DuckDB was faster. Both engines' results are compared group by
group.

${markdownTable(QUERY_HEADER, queryRows(r), QUERY_ALIGN)}

What each engine costs a page to load: arquero ${both(r.engines.arquero)} (raw / gzip, its one
module as Framework bundles it); DuckDB-wasm ${both(r.engines.duckdb)} (its Framework client,
the library, the worker and the wasm of the one build a browser picks).

Every run, in milliseconds:

${r.query.map((q) => `- ${formatCount(q.segments)}: DuckDB-wasm ${q.duckdbMs.map((x) => Math.round(x)).join(", ")}; arquero ${q.arqueroMs.map((x) => Math.round(x)).join(", ")}`).join("\n")}

## Loaders on ${formatCount(r.loader.segments)} segments

${r.loader.segments.toLocaleString("en")} synthetic findings in the format of the study's
findings.csv, with the real table's shape (seven dimensions, four stages, eleven actors, its
valence mix, texts of 40–250 characters), written as ${r.loader.files} files because the loaders
refuse a table over ${Math.round(64)} MiB. A child process reads them with loaders/csv.ts
\`parseCsv\` and loaders/study/schema.ts \`findingSchema\`, then derives the participation table
and the dimension summaries (loaders/study/derive.ts). Budget: ${LIMITS.loaderSeconds} s and 2 GB.
(Well-formed files take parseCsv's fast path — a plain-CSV reader and per-field checks that are
tested to give exactly what csv-parse and zod give — and anything else goes through csv-parse
and zod, which word the errors.)

${markdownTable(["", ""], loaderRows(r.loader), ["l", "r"])}
`;
}
