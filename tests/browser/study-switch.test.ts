/**
 * `STUDY=<folder> npm run build` builds the site for another study. One extra build of the
 * fixture study (tests/fixtures/study-mini) into its own folder (`--out`), leaving dist/ as the
 * global setup built it; then a page of each language must show the fixture's dimensions.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, DIST, launch, serve, visit, type BrowserContext, type StaticServer } from "./harness.js";
import { ARTIFACTS } from "./setup.js";

const OUT = "tests/.artifacts/site-study-mini";

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
    const result = spawnSync("npm", ["run", "build", "--", "--out", OUT], {
      encoding: "utf-8",
      env: { ...process.env, STUDY: "tests/fixtures/study-mini" },
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
    expect(en.consoleErrors).toEqual([]);
    await en.page.close();
    const id = await visit(context, `${server.origin}/id/dimensions/planning`);
    expect(await id.page.locator("main h1").first().innerText()).toBe("Perencanaan");
    expect(await id.page.locator("main").innerText()).toContain("Cara program direncanakan.");
    expect(id.consoleErrors).toEqual([]);
    await id.page.close();
  });
});
