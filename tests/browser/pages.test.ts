/**
 * Every page of the default study's build, in both languages, served from a sub-path
 * (http://127.0.0.1:<port>/my-study/, every other address not found), so that every page is also
 * shown to work where a study is published below a host's root. One navigation per page, and on
 * it every check of the sweep (sweep.ts): rendered with no error, no failed request, only the
 * site's own requests, under its policy, in its language, with a language switch to its
 * counterpart, laid out at 360, 375, 390 and 768 px, axe at 375 and 1280 px, the in-page safety
 * check, no DuckDB on open and the live charts in place of the drawn ones.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../../loaders/walk.js";
import { counterpart } from "../../src/shared/routes.js";
import { BUILD_WAIT_MS, waitForBuild } from "./builds.js";
import { browserAvailable, DIST, useSite } from "./harness.js";
import { sitePages } from "./pages.js";
import { PREFIX, rootProblems, sweepPage } from "./sweep.js";

const pages = sitePages();

describe("the route list", () => {
  it("has every page in both languages, each with its counterpart", () => {
    const all = new Set(pages);
    const inLanguages = pages.filter((p) => p !== "/");
    expect(inLanguages.length).toBeGreaterThan(20);
    for (const path of inLanguages) expect(all.has(counterpart(path, path.startsWith("/id/") ? "en" : "id")), path).toBe(true);
  });
});

describe.runIf(browserAvailable)(`every page of the default study, served under ${PREFIX}/`, () => {
  const site = useSite({ prefix: PREFIX });

  it("the root leads to the default language's overview, from the sub-path", async () => {
    expect(await rootProblems(site.context, site.base)).toEqual([]);
    const root = readFileSync(join(DIST, "index.html"), "utf-8");
    expect(root).toMatch(/<html lang="id"/);
    expect(root).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
    for (const lang of ["id", "en"]) expect(root).toContain(`href="./${lang}/"`);
  });

  describe.concurrent("one visit per page", () => {
    for (const path of pages.filter((p) => p !== "/")) {
      it(path, async ({ expect }) => {
        const { problems, text } = await sweepPage(site.context, site.base, path);
        // The chapter does not state the degree: the study is "penelitian" on Indonesian pages.
        if (path.startsWith("/id/")) problems.push(...(text.match(/\btesis\b/gi) ?? []).map((w) => `"${w}" on an Indonesian page`));
        expect(problems).toEqual([]);
      });
    }
  });
});

describe("the built pages' policies", () => {
  it("allow 'unsafe-eval' on the evidence explorer only (arquero compiles every expression)", async () => {
    await waitForBuild("build");
    const withEval: string[] = [];
    const files = filesUnder(DIST).map((f) => join(DIST, f)).filter((f) => f.endsWith(".html"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(readFileSync(file, "utf-8"))?.[1];
      expect(csp, `${relative(DIST, file)} has a policy`).toMatch(/^default-src 'self'; script-src 'self'/);
      if (/'unsafe-eval'/.test(csp!)) withEval.push(relative(DIST, file));
    }
    expect(withEval.sort()).toEqual(["en/explorer.html", "id/explorer.html"]);
  }, BUILD_WAIT_MS + 60_000);
});
