/**
 * `npm run bench`: builds the site, builds a plain Framework page for comparison, measures both
 * in headless Chromium (bytes per page, time to first chart), runs the explorer's grouped query
 * in DuckDB-wasm and arquero, runs the loaders on 1 M synthetic segments, checks the budgets,
 * prints a table and writes docs/performance.md. Not part of `npm test`.
 *
 *   npm run bench               build first (as CI would)
 *   npm run bench -- --no-build measure the dist/ already there
 *   npm run bench -- --quick    a smoke run: 2 runs, smaller tables; prints, writes nothing
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesUnder } from "../loaders/walk.js";
import { sitePages } from "../scripts/browser.js";
import { launchChromium } from "../scripts/chromium.js";
import { serve } from "../scripts/serve.js";
import { duckdbBuilds, evaluateBudgets } from "./budgets.js";
import { isDuckdb, sizeOf, type Size } from "./bytes.js";
import { runLoaderBench } from "./loader.js";
import { describeMachine } from "./machine.js";
import { firstChart, measurePage, type FirstChart, type PageLoad } from "./pages.js";
import { phoneProfile, type PhoneResult } from "./phone.js";
import { buildPlainProject, createPlainProject } from "./plain.js";
import { QUERY_SIZES, runQuery, writeSegmentFiles, type QueryResult } from "./query.js";
import { consoleReport, performanceMarkdown, type BenchResults } from "./report.js";

const QUICK = process.argv.includes("--quick");
const RUNS = QUICK ? 2 : 5;
const THROTTLE = 4;
const PHONE_RUNS = QUICK ? 1 : 3;
const LOADER_SEGMENTS = QUICK ? 100_000 : 1_000_000;
const SIZES: readonly number[] = QUICK ? QUERY_SIZES.slice(0, 2) : QUERY_SIZES;

const root = process.cwd();
const dist = join(root, "dist");
const started = performance.now();
const step = (message: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function buildSite(): void {
  step("building the site (npm run build)");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf-8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const log = join(mkdtempSync(join(tmpdir(), "bench-build-")), "build.log");
    writeFileSync(log, `${result.stdout}\n${result.stderr}`);
    throw new Error(`npm run build failed (log: ${log}):\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  }
}

function warn(load: PageLoad): void {
  for (const p of load.problems) console.error(`  warning: ${load.path}: ${p}`);
}

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build")) buildSite();
  const loadAverageAtStart = describeMachine("").loadAverage;

  step("building the plain Framework page (throwaway project, hermetic)");
  const plain = createPlainProject(root);
  try {
    await buildPlainProject(root, plain);
    const dataPaths = writeSegmentFiles(plain.dist, SIZES);

    const siteServer = await serve(dist);
    // The phone profile is served gzip-encoded, as a static host would send it.
    const gzipServer = await serve(dist, {}, { gzip: true });
    const plainServer = await serve(plain.dist);
    const context = await launchChromium();
    const close = () => context.close();
    let site: PageLoad[] = [];
    let plainLoad: PageLoad;
    const firstCharts: FirstChart[] = [];
    const phone: PhoneResult[] = [];
    const query: QueryResult[] = [];
    let chromium = "";
    try {
      chromium = context.browser()?.version() ?? "";
      const pages = sitePages();
      step(`loading ${pages.length} site pages and the plain page`);
      site = [];
      for (const path of pages) {
        const load = await measurePage(context, siteServer.origin, dist, path);
        warn(load);
        site.push(load);
      }
      plainLoad = await measurePage(context, plainServer.origin, plain.dist, plain.plainPage);
      warn(plainLoad);

      // A page that redirects is timed at its target (its own row), not again.
      const charted = site.filter((p) => p.chart && !p.redirectedTo);
      step(`time to first chart: ${charted.length} site pages with a chart and the plain page, ${RUNS} runs each at ${THROTTLE}× CPU`);
      for (const p of charted) firstCharts.push(await firstChart(context, siteServer.origin, p.path, RUNS, THROTTLE));
      if (plainLoad.chart) firstCharts.push({ ...(await firstChart(context, plainServer.origin, plain.plainPage, RUNS, THROTTLE)), path: "plain" });

      step(`phone profile: ${charted.length} site pages, ${PHONE_RUNS} runs each (390 px, ${THROTTLE}× CPU, slow 4G)`);
      for (const p of charted) phone.push(await phoneProfile(context, gzipServer.origin, p.path, PHONE_RUNS));

      for (const n of SIZES) {
        step(`grouped query on ${n.toLocaleString("en")} synthetic segments, DuckDB-wasm and arquero, ${RUNS} runs each`);
        query.push(await runQuery(context, plainServer.origin + plain.queryPage, dataPaths.get(n)!, n, RUNS));
      }
    } finally {
      await close();
      await siteServer.close();
      await gzipServer.close();
      await plainServer.close();
    }

    step(`loaders on ${LOADER_SEGMENTS.toLocaleString("en")} synthetic segments (child process)`);
    const loader = await runLoaderBench(root, LOADER_SEGMENTS);
    if (loader.problems) console.error(`  warning: the loader found ${loader.problems} problems in the synthetic data`);

    // What each query engine costs a page to load (gzip), from the comparison build.
    const sum = (files: string[]): Size => files.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
    const plainFiles = filesUnder(plain.dist);
    const engines = {
      arquero: sum(plainFiles.filter((f) => /(^|\/)_npm\/arquero@/.test(f)).map((f) => join(plain.dist, f))),
      duckdb: sum(plainLoad.files.filter((f) => isDuckdb(f.path)).map((f) => join(plain.dist, f.path)))
    };

    const duckdbFiles = filesUnder(dist).filter((f) => duckdbBuilds([f]).length);
    const input = { site, plain: plainLoad, query, loader, duckdbFiles, phone };
    const results: BenchResults = {
      machine: { ...describeMachine(chromium), loadAverage: loadAverageAtStart },
      durationSeconds: (performance.now() - started) / 1000,
      runs: RUNS,
      throttle: THROTTLE,
      ...input,
      firstCharts,
      engines,
      verdicts: evaluateBudgets(input)
    };
    console.log(consoleReport(results));
    if (QUICK) {
      step("quick run: docs/performance.md left as it was");
    } else {
      const file = join(root, "docs/performance.md");
      writeFileSync(file, performanceMarkdown(results, existsSync(file) ? readFileSync(file, "utf-8") : ""));
      step("wrote docs/performance.md");
    }
  } finally {
    plain.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
