/** `npm run serve` (scripts/serve-site.ts): its options, its errors, and the site it serves. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ServeUsageError, serveOptions, serveSite } from "../scripts/serve-site.js";

describe("npm run serve's options", () => {
  it("serves dist/ on port 3000 at the root unless told otherwise", () => {
    expect(serveOptions([])).toEqual({ dir: "dist", port: 3000, prefix: "" });
    expect(serveOptions(["--port", "8080", "--prefix", "/my-study", "--dir", "other-dist"])).toEqual({ dir: "other-dist", port: 8080, prefix: "/my-study" });
  });

  it("says which option is wrong", () => {
    expect(() => serveOptions(["--port", "eighty"])).toThrow(/--port eighty: expected a port number/);
    expect(() => serveOptions(["--port", "70000"])).toThrow(ServeUsageError);
    expect(() => serveOptions(["--host", "x"])).toThrow(/npm run serve: .*--host/);
  });
});

describe("serveSite", () => {
  it("says to build first when the folder has no site", async () => {
    const empty = mkdtempSync(join(tmpdir(), "serve-site-"));
    await expect(serveSite({ dir: empty, port: 0, prefix: "" })).rejects.toThrow(/index\.html: not found; build the site first/);
  });

  it("serves the folder under its prefix by clean addresses", async () => {
    const root = mkdtempSync(join(tmpdir(), "serve-site-"));
    mkdirSync(join(root, "en"));
    writeFileSync(join(root, "index.html"), "home");
    writeFileSync(join(root, "en/actors.html"), "actors");
    const server = await serveSite({ dir: root, port: 0, prefix: "my-study" });
    try {
      expect(server.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/my-study$/);
      expect(await (await fetch(`${server.base}/en/actors`)).text()).toBe("actors");
      expect((await fetch(`${server.origin}/en/actors`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
