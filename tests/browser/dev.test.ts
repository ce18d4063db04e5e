/**
 * `npm run dev` serves what the build serves: the README's first command, started as a user
 * would on a free port, answers with the same <html lang>, zoomable viewport and policy as
 * dist/ (the policy differing only by the live-reload socket), downloads that exist, and pages
 * that render with no console error and no CSP violation.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/chromium.js";
import { BUILD_WAIT_MS, waitForBuild } from "./builds.js";
import { browserAvailable, DIST, visit, type BrowserContext } from "./harness.js";

const PAGES = [
  { path: "/id/", file: "id/index.html" },
  { path: "/en/metrics", file: "en/metrics.html" },
  { path: "/id/data", file: "id/data.html" }
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The policy with what must differ taken out: script hashes (dev's inline scripts differ) and the live-reload socket. */
function policyShape(html: string): string {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? "";
  return csp.replace(/ 'sha256-[^']+'/g, "").replace(/ ws:\/\/\S+?(?=;|$)/, "");
}

describe.runIf(browserAvailable)("npm run dev", () => {
  let dev: ChildProcess | undefined;
  let log = "";
  let origin = "";
  let context: BrowserContext | undefined;
  const socketsOpened = new Set<string>();

  beforeAll(async () => {
    // Dev prepares the default study's cache as a build does: it starts once no build uses the cache.
    await waitForBuild("all");
    // A free port may be taken by another test's server before dev listens on it: then another port.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      log = "";
      // Its own process group, so that npm, the driver and Framework's server all stop together.
      dev = spawn("npm", ["run", "dev", "--", "--port", String(port), "--no-open"], {
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, npm_config_update_notifier: "false" }
      });
      dev.stdout!.on("data", (d) => (log += d));
      dev.stderr!.on("data", (d) => (log += d));
      // A hang guard, not a measure: CI's shared cores may take a while.
      const deadline = Date.now() + 120_000;
      let answered = false;
      while (!answered) {
        if (dev.exitCode !== null) break;
        // Dev's own answer: its policy lets the page open the live-reload socket on this port.
        answered = await fetch(`${origin}/id/`).then(async (r) => r.ok && (await r.text()).includes(`ws://127.0.0.1:${port}`), () => false);
        if (!answered && Date.now() > deadline) throw new Error(`npm run dev did not answer within 120 s:\n${log}`);
        if (!answered) await new Promise((r) => setTimeout(r, 250));
      }
      if (answered) break;
      if (!/EADDRINUSE/.test(log) || attempt === 3) throw new Error(`npm run dev exited with ${dev.exitCode}:\n${log}`);
    }
    context = await launchChromium();
    context.on("console", (m) => {
      if (m.text() === "socket open") socketsOpened.add(new URL(m.page()?.url() ?? origin).pathname);
    });
  }, BUILD_WAIT_MS + 60_000);

  afterAll(async () => {
    await context?.close();
    if (dev?.pid !== undefined && dev.exitCode === null) {
      const exited = new Promise((r) => dev!.once("exit", r));
      process.kill(-dev.pid, "SIGTERM");
      const timer = setTimeout(() => dev?.exitCode === null && process.kill(-dev.pid!, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
  });

  for (const { path, file } of PAGES) {
    it(`${path} is the built page: lang, zoom, policy, no error`, async () => {
      const { page, consoleErrors, failedRequests, cspViolations } = await visit(context!, origin + path);
      expect((await page.locator("main").innerText()).trim().length, "page content rendered").toBeGreaterThan(20);
      expect(await page.locator(".observablehq--error").count(), "no cell failed").toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(path.startsWith("/en/") ? "en" : "id");
      const viewport = await page.locator('meta[name="viewport"]').getAttribute("content");
      expect(viewport).toContain("width=device-width");
      expect(viewport).not.toMatch(/maximum-scale|user-scalable/);
      const served = await (await fetch(origin + path)).text();
      const built = readFileSync(join(DIST, file), "utf-8");
      expect(policyShape(served), "dev's policy is the built page's").toBe(policyShape(built));
      expect(served).toContain(`ws://${new URL(origin).host}`);
      expect(failedRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(await cspViolations(), "the page runs under its policy").toEqual([]);
      await expect.poll(() => socketsOpened.has(path), { message: "the live-reload socket opened" }).toBe(true);
      await page.close();
    });
  }

  it("answers the data page's download links with the built files", async () => {
    const { page } = await visit(context!, `${origin}/id/data`);
    const hrefs = await page.locator('a[href*="downloads/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      const rel = decodeURI(new URL(href).pathname).slice(1);
      if (href.endsWith(".zip")) expect((await res.body()).subarray(0, 2).toString()).toBe("PK");
      else expect((await res.body()).equals(readFileSync(join(DIST, rel))), `${rel} is dist's`).toBe(true);
    }
    await page.close();
  });
});
