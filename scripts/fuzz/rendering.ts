/**
 * The rendering family of `npm run fuzz` (docs/fuzzing.md): from a seed, a study folder whose every
 * text is random (randomStudy.ts) is checked, built (`STUDY=<folder> npm run build -- --out <tmp>`),
 * served, and a seeded sample of its pages in both languages (or all of them) is opened in Chromium
 * (scripts/browser.ts `visit`) and checked (scripts/pageCheck.ts): no dialog, no script address, no
 * live element, no inline script but Framework's own, no element made from the study's markup, no
 * console error, no Content-Security-Policy violation, no failed request, no sideways scroll at
 * 360 px. A study that does not validate or a build that fails is a failure too. Each problem names
 * the fields it can (renderReport.ts).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { formatProblem } from "../../loaders/errors.js";
import { siteShape } from "../../loaders/site/shape.js";
import { loadStudy, validateStudy } from "../../loaders/study/load.js";
import { dynamicPaths } from "../../src/shared/routes.js";
import { visit } from "../browser.js";
import { launchChromium } from "../chromium.js";
import { checkPage, pageProblems, sidewaysScroll } from "../pageCheck.js";
import { serve } from "../serve.js";
import { writeRandomStudy, type RandomStudy } from "./randomStudy.js";
import { mixSeed } from "./randomText.js";

/** The phone width at which no page may scroll sideways. */
export const PHONE_WIDTH = 360;
/** Pages sampled per run by default: this many routes, each in both languages. */
export const DEFAULT_PAGES = 6;
/** A build that gives no answer in this time is stopped and reported. */
export const BUILD_LIMIT_MS = 30 * 60_000;

export interface RenderOptions {
  /** Routes sampled (each in both languages); ignored with `allPages`. */
  pages: number;
  allPages: boolean;
  /** Progress lines (stderr). */
  log?: (line: string) => void;
}

/** One problem a run found: where (a page, or the study or its build) and what. */
export interface RenderProblem {
  where: string;
  problem: string;
}

export interface RenderRun {
  seed: number;
  study: RandomStudy;
  /** The temporary folder holding the study (the caller removes it once the report has saved it). */
  work: string;
  problems: RenderProblem[];
  /** Pages opened. */
  pages: string[];
  buildMs: number;
  checkMs: number;
}

/** The page paths of a built study: the root and every page in both languages. */
export function studyPages(dir: string): string[] {
  return ["/", ...dynamicPaths(siteShape(loadStudy(dir), dir, { STUDY: dir }))];
}

/** The route of a page path, whatever its language (`/en/actors` → `/actors`). */
const routeOf = (path: string) => path.replace(/^\/(?:id|en)(?=\/|$)/, "") || "/";

/**
 * A seeded sample of `count` routes, each opened in every language it has (all pages when `count`
 * covers them), in the site's order.
 */
export function samplePages(paths: readonly string[], count: number, seed: number): string[] {
  const routes = [...new Set(paths.map(routeOf))];
  if (count >= routes.length) return [...paths];
  const chosen = new Set(fc.sample(fc.shuffledSubarray(routes, { minLength: count, maxLength: count }), { seed, numRuns: 1 })[0]);
  return paths.filter((p) => chosen.has(routeOf(p)));
}

/** Runs `npm run build -- --out <out>` for the study `dir`; resolves to its exit code and output. */
function build(dir: string, out: string): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "build", "--", "--out", out], { env: { ...process.env, STUDY: dir }, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    const timer = setTimeout(() => {
      log += `\nbuild: no answer in ${BUILD_LIMIT_MS / 60_000} min: stopped`;
      // npm and the build's driver (scripts/framework.ts) pass the signal on to the build.
      child.kill("SIGTERM");
    }, BUILD_LIMIT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 1 : 0), log });
    });
  });
}

/**
 * The lines of a failed build that say why: located problems (`file:line: field: message`),
 * the build's own verdicts and errors; the last lines when none is recognised.
 */
export function buildReasons(log: string): string[] {
  const lines = log.split("\n").map((l) => l.trimEnd());
  const located = lines.filter((l) => /^\s*(?:build: |✗|error|Error)|^\s*[^\s:][^:]*:\d+: [^:]+: .+/.test(l));
  const picked = located.length ? located : lines.filter((l) => l.trim()).slice(-8);
  return [...new Set(picked.map((l) => l.trim()))].slice(0, 20);
}

/** In the page: elements made from the study's markup (every tag the generator writes carries data-fz). */
const MADE_FROM_DATA = `[...document.querySelectorAll("[data-fz]")].map((e) => { const h = e.outerHTML; return h.length > 120 ? h.slice(0, 120) + "…" : h; })`;

/** Opens one page and checks it; returns its problems. */
async function checkOnePage(context: Awaited<ReturnType<typeof launchChromium>>, origin: string, path: string): Promise<string[]> {
  let v: Awaited<ReturnType<typeof visit>> | undefined;
  try {
    v = await visit(context, origin + path);
    const found = await checkPage(v.page);
    const made = (await v.page.evaluate(MADE_FROM_DATA).catch(() => [])) as string[];
    const csp = await v.cspViolations().catch(() => [] as string[]);
    const scroll = await sidewaysScroll(v.page, PHONE_WIDTH);
    return [
      ...pageProblems(v, found),
      ...made.map((m) => `element made from the study's markup: ${m}`),
      ...csp.map((c) => `Content-Security-Policy violation: ${c}`),
      // One line per element that makes it scroll, so the same element groups across pages.
      ...(scroll.overflow > 0 ? (scroll.beyond.length ? scroll.beyond : ["(no element found past the edge)"]).map((b) => `scrolls sideways at ${PHONE_WIDTH}px: ${b}`) : [])
    ];
  } catch (error) {
    const problems = v ? pageProblems(v, { scriptAddresses: [], live: [], foreignScripts: [] }) : [];
    return [...problems, `the page did not open or settle: ${(error as Error).message.split("\n")[0]}`];
  } finally {
    await v?.page.close().catch(() => undefined);
  }
}

/** One rendering run: write, validate, build, serve and check the study of `seed`. */
export async function renderRun(seed: number, options: RenderOptions): Promise<RenderRun> {
  const log = options.log ?? (() => undefined);
  const work = mkdtempSync(join(tmpdir(), `fuzz-rendering-${seed}-`));
  const dir = join(work, "study");
  const out = join(work, "site");
  const study = writeRandomStudy(dir, mixSeed(seed, "rendering"));
  const run: RenderRun = { seed, study, work, problems: [], pages: [], buildMs: 0, checkMs: 0 };
  try {
    const { problems } = validateStudy(dir);
    if (problems.length) {
      run.problems = problems.map((p) => ({ where: "the study (npm run study -- validate)", problem: formatProblem(p) }));
      return run;
    }
    log(`fuzz: rendering: seed ${seed}: building the study (${study.fields.length} fields of random text)…`);
    let started = Date.now();
    const built = await build(dir, out);
    run.buildMs = Date.now() - started;
    if (built.code !== 0) {
      run.problems = buildReasons(built.log).map((problem) => ({ where: `the build (exit code ${built.code})`, problem }));
      return run;
    }
    const all = studyPages(dir);
    run.pages = options.allPages ? all : samplePages(all, options.pages, mixSeed(seed, "pages"));
    log(`fuzz: rendering: seed ${seed}: built in ${Math.round(run.buildMs / 1000)} s; checking ${run.pages.length} of ${all.length} pages…`);
    started = Date.now();
    const server = await serve(out);
    const context = await launchChromium();
    try {
      for (const path of run.pages) {
        for (const problem of await checkOnePage(context, server.origin, path)) run.problems.push({ where: path, problem });
      }
    } finally {
      await context.close();
      await server.close();
    }
    run.checkMs = Date.now() - started;
    return run;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
