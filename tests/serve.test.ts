/**
 * The static server (scripts/serve.ts) the browser tests, the PDF printer and the benchmarks use:
 * clean URLs, and a site served under a sub-path (as a host publishes a study at
 * https://…/my-study/), where every address outside the prefix is not found.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileFor, normalizePrefix, pathUnder, serve, type StaticServer } from "../scripts/serve.js";

describe("the prefix", () => {
  it("is a path with a leading and no trailing slash, or nothing", () => {
    expect(normalizePrefix("my-study/")).toBe("/my-study");
    expect(normalizePrefix("/a/b/")).toBe("/a/b");
    expect(normalizePrefix("/")).toBe("");
    expect(normalizePrefix()).toBe("");
  });

  it("takes the path below it, redirects the prefix itself, and leaves out every other address", () => {
    expect(pathUnder("/my-study", "/my-study/en/actors")).toBe("/en/actors");
    expect(pathUnder("/my-study", "/my-study/")).toBe("/");
    expect(pathUnder("/my-study", "/my-study")).toBe("redirect");
    expect(pathUnder("/my-study", "/en/actors")).toBeUndefined();
    expect(pathUnder("/my-study", "/my-study-2/en/")).toBeUndefined();
    expect(pathUnder("", "/en/actors")).toBe("/en/actors");
  });
});

describe("serve", () => {
  const root = mkdtempSync(join(tmpdir(), "serve-"));
  let plain: StaticServer;
  let under: StaticServer;
  beforeAll(async () => {
    mkdirSync(join(root, "en"), { recursive: true });
    writeFileSync(join(root, "index.html"), "home");
    writeFileSync(join(root, "en/actors.html"), "actors");
    plain = await serve(root);
    under = await serve(root, {}, { prefix: "my-study/" });
  });
  afterAll(async () => {
    await plain.close();
    await under.close();
  });

  it("finds a page by its clean address", () => {
    expect(fileFor(root, "/en/actors")).toBe(join(root, "en/actors.html"));
    expect(fileFor(root, "/")).toBe(join(root, "index.html"));
    expect(fileFor(root, "/../etc/passwd")).toBeUndefined();
  });

  it("serves the site at its root, or under the prefix only", async () => {
    expect(plain.base).toBe(plain.origin);
    expect(under.base).toBe(`${under.origin}/my-study`);
    expect(await (await fetch(`${plain.origin}/en/actors`)).text()).toBe("actors");
    expect(await (await fetch(`${under.base}/en/actors`)).text()).toBe("actors");
    expect(await (await fetch(`${under.base}/`)).text()).toBe("home");
    expect((await fetch(`${under.origin}/en/actors`)).status).toBe(404);
    expect((await fetch(`${under.origin}/`)).status).toBe(404);
    const redirect = await fetch(`${under.base}?q=1`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("/my-study/?q=1");
  });
});
