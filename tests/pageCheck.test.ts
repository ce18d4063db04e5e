/**
 * The in-page safety check (scripts/pageCheck.ts): the judgement of what a page holds, its
 * reading of a DOM (in jsdom), and one small check in Chromium against two tiny static pages
 * (skipped without /usr/bin/chromium).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visit } from "../scripts/browser.js";
import { hasChromium, launchChromium } from "../scripts/chromium.js";
import { checkPage, judgeSnapshot, pageProblems, sidewaysScroll, SNAPSHOT_SOURCE, type PageSnapshot } from "../scripts/pageCheck.js";
import { serve, type StaticServer } from "../scripts/serve.js";

const empty: PageSnapshot = { url: "http://127.0.0.1:4000/en/", addresses: [], handlers: [], frames: [], scripts: [], text: [] };

describe("judgeSnapshot", () => {
  it("finds script addresses however disguised, and only those", () => {
    const values = ["javascript:alert(1)", " JaVaScRiPt:alert(2)", "java\tscript:alert(3)", "\u0001javascript:alert(4)", "vbscript:msgbox(5)", "java\nscript:alert(6)"];
    const safe = ["https://example.org/?q=javascript:alert(1)", "/en/data", "#F1", "mailto:a@example.org", "javascript-guide.html"];
    const s = { ...empty, addresses: [...values, ...safe].map((value) => ({ tag: "a", attribute: "href", value })) };
    const found = judgeSnapshot(s, []);
    expect(found.scriptAddresses).toHaveLength(values.length);
    expect(found.scriptAddresses[0]).toBe('<a href="javascript:alert(1)">');
    expect(found.text).toBe("");
  });

  it("counts frames, srcdoc and every inline handler as live", () => {
    const s = {
      ...empty,
      frames: ['<iframe srcdoc="x"></iframe>'],
      handlers: [{ tag: "img", attribute: "onerror", value: "alert(1)", html: '<img src="x" onerror="alert(1)">' }]
    };
    expect(judgeSnapshot(s, []).live).toEqual(['<iframe srcdoc="x"></iframe>', 'onerror="alert(1)" on <img src="x" onerror="alert(1)">']);
  });

  it("lets Framework's own inline scripts and same-origin scripts be, and names every other script", () => {
    const own = '\n\nimport "./_observablehq/client.js";\n';
    const s = {
      ...empty,
      scripts: [
        { src: null, text: own },
        { src: "../_observablehq/client.js", text: "" },
        { src: null, text: "alert(1)" },
        { src: "http://evil.example/x.js", text: "" },
        { src: "javascript:alert(2)", text: "" }
      ]
    };
    expect(judgeSnapshot(s, [own]).foreignScripts).toEqual(['inline script: "alert(1)"', "script from http://evil.example/x.js", "script from javascript:alert(2)"]);
    expect(judgeSnapshot(s, []).foreignScripts).toHaveLength(4);
  });

  it("joins the visible text", () => {
    expect(judgeSnapshot({ ...empty, text: ["Title", "Body «R1»"] }, []).text).toBe("Title\nBody «R1»");
  });
});

describe("pageProblems", () => {
  it("says every finding of a visit, one line each, and none for a clean page", () => {
    const clean = { dialogs: [], consoleErrors: [], failedRequests: [] };
    const nothing = { scriptAddresses: [], live: [], foreignScripts: [] };
    expect(pageProblems(clean, nothing)).toEqual([]);
    const lines = pageProblems(
      { dialogs: ["alert: 3"], consoleErrors: ["Refused to execute"], failedRequests: ["http://127.0.0.1/x (404)"] },
      { scriptAddresses: ['<a href="javascript:alert(1)">'], live: ["<iframe>"], foreignScripts: ['inline script: "alert(2)"'] }
    );
    expect(lines).toEqual([
      "dialog: alert: 3",
      'script address: <a href="javascript:alert(1)">',
      "live element: <iframe>",
      'foreign script: inline script: "alert(2)"',
      "console error: Refused to execute",
      "failed request: http://127.0.0.1/x (404)"
    ]);
  });
});

describe("the in-page reading (in jsdom)", () => {
  it("reads addresses, handlers, frames, scripts and the visible text", () => {
    const dom = new JSDOM(
      `<!doctype html><html><head><title>T «R1»</title><meta name="description" content="M «R2»"><script>own()</script></head><body>
      <p title="tip «R3»">Body «R4»</p><img alt="alt «R5»" src="x.png" onerror="alert(1)">
      <a href=" javascript:alert(2)">x</a><iframe srcdoc="y"></iframe><div srcdoc="z"></div>
      <svg><title>svg «R6»</title><desc>desc «R7»</desc><a xlink:href="javascript:alert(3)"><text>t</text></a></svg>
      <details><summary>More</summary>hidden «R8»</details><details open>open «R9»</details>
      <script src="/a.js"></script></body></html>`,
      { url: "http://127.0.0.1:4000/en/", runScripts: "outside-only" }
    );
    // jsdom lays nothing out and has no innerText: the text content stands in for it here.
    Object.defineProperty(dom.window.HTMLElement.prototype, "innerText", { get() { return this.textContent; } });
    const s = dom.window.eval(SNAPSHOT_SOURCE) as PageSnapshot;
    expect(s.url).toBe("http://127.0.0.1:4000/en/");
    expect(s.handlers.map((h) => `${h.tag} ${h.attribute}`)).toEqual(["img onerror"]);
    expect(s.frames).toEqual(['<iframe srcdoc="y"></iframe>', '<div srcdoc="z"></div>']);
    expect(s.scripts).toEqual([{ src: null, text: "own()" }, { src: "/a.js", text: "" }]);
    const found = judgeSnapshot(s, ["own()"]);
    expect(found.scriptAddresses).toEqual(['<a href=" javascript:alert(2)">', '<a xlink:href="javascript:alert(3)">']);
    expect(found.foreignScripts).toEqual([]);
    for (let n = 1; n <= 9; n++) expect(found.text).toContain(`«R${n}»`);
    expect(found.text).toContain("x.png");
  });
});

describe.runIf(hasChromium())("checkPage and sidewaysScroll in Chromium", { timeout: 120_000 }, () => {
  let root: string;
  let server: StaticServer;
  let context: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pagecheck-"));
    mkdirSync(join(root, "_observablehq"));
    writeFileSync(join(root, "_observablehq/client.js"), "export {};\n");
    // A page as Framework's template writes its module (the last element of <head>), and nothing else.
    writeFileSync(
      join(root, "clean.html"),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clean «R1»</title><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><script type="module">\n\nimport "./_observablehq/client.js";\n</script></head><body><p>Words «R2»</p></body></html>'
    );
    writeFileSync(
      join(root, "hostile.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"></head><body>
      <img src="missing.png" onerror="alert(1)"><a href="javascript:alert(2)">link</a><script>console.error("from data")</script>
      <div style="display: grid"><h2>Heading</h2><p>${"w".repeat(600)}</p></div></body></html>`
    );
    server = await serve(root);
    context = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("passes a clean page, whose only inline script is Framework's page module", async () => {
    const v = await visit(context, `${server.origin}/clean`);
    const found = await checkPage(v.page);
    expect(pageProblems(v, found)).toEqual([]);
    expect(found.text).toContain("Clean «R1»");
    expect(found.text).toContain("Words «R2»");
    expect(await sidewaysScroll(v.page)).toEqual({ width: 360, overflow: 0, beyond: [] });
    await v.page.close();
  });

  it("finds what a hostile page ran and holds, and what stands past a phone's edge", async () => {
    const v = await visit(context, `${server.origin}/hostile`);
    const found = await checkPage(v.page);
    const problems = pageProblems(v, found);
    expect(problems).toContain("dialog: alert: 1");
    expect(problems).toContain("dialog: alert: 2");
    expect(problems).toContain('script address: <a href="javascript:alert(2)">');
    expect(problems.some((p) => p.startsWith('live element: onerror="alert(1)" on <img'))).toBe(true);
    expect(problems).toContain('foreign script: inline script: "console.error(\\"from data\\")"');
    expect(problems).toContain("console error: from data");
    expect(problems.some((p) => /^failed request: .*missing\.png \(404\)$/.test(p))).toBe(true);
    const scroll = await sidewaysScroll(v.page);
    expect(scroll.overflow).toBeGreaterThan(0);
    // The long word makes the page scroll, not the heading its grid column widened.
    expect(scroll.beyond).toEqual([`p: "${"w".repeat(120)}…"`]);
    await v.page.close();
  });
});
