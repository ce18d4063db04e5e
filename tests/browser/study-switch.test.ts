/**
 * `STUDY=<folder> npm run build` builds the site for another study. One extra build of a
 * fixture study (tests/fixtures/study-mini with figures, prose and a second coder, every text of
 * it carrying a numbered hostile payload: tests/fixtures/hostile.ts) into its own folder
 * (`--out`), leaving dist/ as the global setup built it; then its pages must show the fixture's
 * data, and every payload must show as text where its field is shown, and never run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, DIST, launch, serve, visit, type BrowserContext, type StaticServer } from "./harness.js";
import { loadStudy } from "../../loaders/study/load.js";
import { dynamicPaths } from "../../src/shared/routes.js";
import { siteShape } from "../../loaders/site/shape.js";
import { mark, payload, writeHostileStudy, type HostileField } from "../fixtures/hostile.js";
import { ARTIFACTS } from "./setup.js";

const OUT = "tests/.artifacts/site-study-mini";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");
const STUDY = "tests/.artifacts/study-hostile";

describe.runIf(browserAvailable)("STUDY= builds the site for another study folder", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let build: { status: number | null; log: string };
  let distBefore: { mtime: number; html: string } | undefined;
  let fields: HostileField[] = [];

  beforeAll(async () => {
    const distIndex = join(DIST, "id/index.html");
    distBefore = existsSync(distIndex) ? { mtime: statSync(distIndex).mtimeMs, html: readFileSync(distIndex, "utf-8") } : undefined;
    rmSync(OUT, { recursive: true, force: true });
    fields = writeHostileStudy(STUDY);
    const result = spawnSync("npm", ["run", "build", "--", "--out", OUT], {
      encoding: "utf-8",
      env: { ...process.env, STUDY },
      maxBuffer: 64 * 1024 * 1024
    });
    build = { status: result.status, log: `${result.stdout}\n${result.stderr}` };
    server = await serve(join(process.cwd(), OUT));
    ({ browser: context, close } = await launch());
  }, 300_000);

  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  it("builds into the chosen folder and leaves dist/ untouched", () => {
    expect(build.status, build.log.slice(-3000)).toBe(0);
    expect(existsSync(join(OUT, "en/dimensions/planning.html"))).toBe(true);
    // The fixture codes two dimensions: the Kalirungkut study's other five have no page here.
    expect(existsSync(join(OUT, "en/dimensions/leadership.html"))).toBe(false);
    if (distBefore) {
      const distIndex = join(DIST, "id/index.html");
      expect(statSync(distIndex).mtimeMs).toBe(distBefore.mtime);
      expect(readFileSync(distIndex, "utf-8")).toBe(distBefore.html);
      expect(existsSync(join(DIST, "en/dimensions/leadership.html"))).toBe(true);
    }
    expect(existsSync(join(ARTIFACTS, "site-study-mini"))).toBe(true);
  });

  it("shows the fixture's dimension names and descriptions in both languages", async () => {
    const n = (file: string, field: string) => fields.find((f) => f.file === file && f.field === field)!.n;
    const en = await visit(context, `${server.origin}/en/dimensions/communication-strategies`);
    expect(await en.page.locator("main h1").first().innerText()).toBe(`${payload(n("codebook/dimensions.csv", "name_en"))} Communication Strategies`);
    expect(await en.page.locator("main").innerText()).toContain("How actors communicate.");
    expect(await en.page.locator("main").innerText(), "markup in data shows as text").toContain(payload(n("codebook/dimensions.csv", "description_en")));
    expect(en.consoleErrors).toEqual([]);
    await en.page.close();
    const id = await visit(context, `${server.origin}/id/dimensions/planning`);
    expect(await id.page.locator("main h1").first().innerText()).toBe(`${payload(n("codebook/dimensions.csv", "name_id"))} Perencanaan`);
    expect(await id.page.locator("main").innerText()).toContain("Cara program direncanakan.");
    expect(id.consoleErrors).toEqual([]);
    await id.page.close();
  });

  it("has an agreement page with kappa per dimension, and both coders' stripes in the document view", async () => {
    for (const lang of ["id", "en"]) {
      const a = await visit(context, `${server.origin}/${lang}/agreement`);
      const rows = await a.page.locator(".agreement-table tbody tr").evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.dimension));
      expect(rows).toEqual(["planning", "communication-strategies"]);
      expect(await a.page.locator(".agreement-table .kappa").count()).toBe(2);
      await a.page.evaluate(axeSource);
      const violations = await a.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })).violations.map((v) => v.id);
      });
      expect(violations, "axe (WCAG 2.1 AA) on the agreement page").toEqual([]);
      expect(a.consoleErrors).toEqual([]);
      await a.page.close();
      const d = await visit(context, `${server.origin}/${lang}/documents/mini`);
      await d.page.waitForSelector(".doc-stripe-coder");
      expect(await d.page.locator(".doc-stripe-coder").count()).toBe(2);
      const own = await d.page.locator(".doc-stripe:not(.doc-stripe-coder)").evaluateAll((ss) => Math.max(...ss.map((s) => s.getBoundingClientRect().right)));
      const coder = await d.page.locator(".doc-stripe-coder").evaluateAll((ss) => Math.min(...ss.map((s) => s.getBoundingClientRect().left)));
      expect(coder, "the second coder's stripes stand beside the study's own").toBeGreaterThan(own);
      expect(d.consoleErrors).toEqual([]);
      await d.page.close();
    }
    // Kalirungkut (dist/) has no second coder: no agreement page.
    expect(existsSync(join(DIST, "en/agreement.html"))).toBe(false);
  });

  /** Fields this site shows on no page (they reach readers in the downloads only): none. */
  const UNSHOWN = new Set<string>();

  it("shows every field's payload as text where the field is shown, and runs none of them, on every page in both languages", async () => {
    const shown = new Set<number>();
    const problems: string[] = [];
    for (const path of ["/", ...dynamicPaths(siteShape(loadStudy(STUDY), STUDY, { STUDY }))]) {
      const v = await visit(context, server.origin + path);
      for (const a of await v.page.locator('a[href^="javascript:" i]').all()) await a.click({ timeout: 2000 }).catch(() => undefined);
      const page = await v.page.evaluate(() => {
        const script = (value: string) => /^(?:javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020\u007f]/g, ""));
        const addresses = [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => ["href", "src", "action", "formaction", "xlink:href"].includes(a.name)).map((a) => a.value));
        const said = [...document.querySelectorAll("[aria-label], [title], [alt], meta[content]")].flatMap((e) => ["aria-label", "title", "alt", "content"].map((a) => e.getAttribute(a) ?? ""));
        const svgTitles = [...document.querySelectorAll("svg title, svg desc")].map((t) => t.textContent ?? "");
        // What a reader opens on demand (a closed <details>) is shown too.
        const onDemand = [...document.querySelectorAll("details")].map((d) => d.textContent ?? "");
        return {
          text: [document.title, document.body.innerText, ...said, ...svgTitles, ...onDemand, ...addresses].join("\n"),
          scriptAddresses: addresses.filter(script),
          live: [...document.querySelectorAll("iframe, object, embed, [srcdoc], [onerror], [onload], [onmouseover], [onclick]")].map((e) => e.outerHTML.slice(0, 80)),
          scripts: [...document.querySelectorAll("script")].filter((s) => !s.src && /alert\(/.test(s.textContent ?? "")).length
        };
      });
      for (const m of page.text.matchAll(/«P(\d+)»/g)) shown.add(Number(m[1]));
      // Where a field shows, its markup shows as text with it (a drawing may cut a long label short).
      for (const f of fields) if (page.text.includes(payload(f.n))) shown.add(f.n);
      if (v.dialogs.length) problems.push(`${path}: dialogs ${v.dialogs.join(", ")}`);
      if (page.scriptAddresses.length) problems.push(`${path}: script addresses ${page.scriptAddresses.join(", ")}`);
      if (page.live.length) problems.push(`${path}: live payload elements ${page.live.join(", ")}`);
      if (page.scripts) problems.push(`${path}: ${page.scripts} script elements from data`);
      if (v.consoleErrors.length) problems.push(`${path}: console errors ${v.consoleErrors.join(" | ")}`);
      await v.page.close();
    }
    expect(problems).toEqual([]);
    const key = (f: HostileField) => `${f.file}:${f.field}`;
    const missing = fields.filter((f) => !shown.has(f.n) && !UNSHOWN.has(key(f))).map((f) => `${mark(f.n)} ${key(f)}`);
    expect(missing, "fields whose payload shows on no page (show them, or list them in UNSHOWN with why)").toEqual([]);
    for (const f of fields) if (UNSHOWN.has(key(f))) expect(shown.has(f.n), `${key(f)} is shown after all: take it off UNSHOWN`).toBe(false);
  });
});
