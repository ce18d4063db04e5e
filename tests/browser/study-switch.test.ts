/**
 * `STUDY=<folder> npm run build` builds the site for another study. One extra build of a
 * fixture study (tests/fixtures/study-mini, with hostile text added by tests/fixtures/hostile.ts)
 * into its own folder (`--out`), leaving dist/ as the global setup built it; then its pages must
 * show the fixture's data, and every HTML or script payload in it must show as text, never run.
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
import { PAYLOADS, writeHostileStudy } from "../fixtures/hostile.js";
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

  beforeAll(async () => {
    const distIndex = join(DIST, "id/index.html");
    distBefore = existsSync(distIndex) ? { mtime: statSync(distIndex).mtimeMs, html: readFileSync(distIndex, "utf-8") } : undefined;
    rmSync(OUT, { recursive: true, force: true });
    writeHostileStudy(STUDY);
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
    const en = await visit(context, `${server.origin}/en/dimensions/communication-strategies`);
    expect(await en.page.locator("main h1").first().innerText()).toBe("Communication Strategies");
    expect(await en.page.locator("main").innerText()).toContain("How actors communicate.");
    expect(await en.page.locator("main").innerText(), "markup in data shows as text").toContain(PAYLOADS.svg);
    expect(en.consoleErrors).toEqual([]);
    await en.page.close();
    const id = await visit(context, `${server.origin}/id/dimensions/planning`);
    expect(await id.page.locator("main h1").first().innerText()).toBe("Perencanaan");
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

  it("renders every HTML and script payload as text and runs none of them", async () => {
    const dialogs: string[] = [];
    for (const path of ["/", ...dynamicPaths(siteShape(loadStudy(STUDY), STUDY, { STUDY }))]) {
      const v = await visit(context, server.origin + path);
      v.page.on("dialog", (d) => {
        dialogs.push(`${path}: ${d.message()}`);
        void d.dismiss();
      });
      for (const a of await v.page.locator('a[href^="javascript:"]').all()) await a.click({ timeout: 2000 }).catch(() => undefined);
      expect(await v.page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
      expect(await v.page.locator("main script").count(), `${path}: no script element from data`).toBe(0);
      expect(await v.page.locator("main img[onerror], main svg[onload]").count(), `${path}: no live payload element`).toBe(0);
      expect(v.consoleErrors, `${path}: ${v.consoleErrors.join(" | ")}`).toEqual([]);
      await v.page.close();
    }
    expect(dialogs).toEqual([]);
  });
});
