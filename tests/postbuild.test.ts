import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isDuckdbMvpFile, langOfFile, postbuild, setHtmlLang } from "../scripts/postbuild.js";

describe("postbuild", () => {
  it("sets <html lang> from the page's language folder", async () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "en/dimensions"), { recursive: true });
    mkdirSync(join(dist, "id"), { recursive: true });
    const page = "<!DOCTYPE html>\n<html>\n<head></head><body></body></html>";
    writeFileSync(join(dist, "en/dimensions/planning.html"), page);
    writeFileSync(join(dist, "id/index.html"), page);
    writeFileSync(join(dist, "index.html"), page);
    const duck = join(dist, "_npm/@duckdb/duckdb-wasm@1.29.0/dist");
    mkdirSync(duck, { recursive: true });
    for (const f of ["duckdb-mvp.wasm", "duckdb-browser-mvp.worker.18a8af1f.js", "duckdb-eh.wasm", "duckdb-browser-eh.worker.b2f0d826.js"]) writeFileSync(join(duck, f), "x");
    await postbuild(dist);
    expect(readFileSync(join(dist, "en/dimensions/planning.html"), "utf-8")).toContain('<html lang="en">');
    expect(readFileSync(join(dist, "id/index.html"), "utf-8")).toContain('<html lang="id">');
    expect(readFileSync(join(dist, "index.html"), "utf-8")).toContain('<html lang="id">');
    expect(existsSync(join(duck, "duckdb-mvp.wasm"))).toBe(false);
    expect(existsSync(join(duck, "duckdb-browser-mvp.worker.18a8af1f.js"))).toBe(false);
    expect(existsSync(join(duck, "duckdb-eh.wasm"))).toBe(true);
    expect(existsSync(join(duck, "duckdb-browser-eh.worker.b2f0d826.js"))).toBe(true);
  });

  it("has pure helpers for the language and the DuckDB files", () => {
    expect(langOfFile("/d", "/d/en/x.html")).toBe("en");
    expect(langOfFile("/d", "/d/_file/x.html")).toBe("id");
    expect(setHtmlLang('<html lang="xx">', "en")).toBe('<html lang="en">');
    expect(isDuckdbMvpFile("dist/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm")).toBe(false);
  });
});
