import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { DataError, formatProblem } from "../loaders/errors.js";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ogPath } from "../loaders/site/artifact.js";
import { artifactDataFor } from "./artifact.js";
import { isDuckdbMvpFile, langOfFile, postbuild } from "../scripts/postbuild.js";

describe("postbuild", () => {
  it("finishes every page, drops DuckDB's mvp build and writes the downloads", async () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "en/dimensions"), { recursive: true });
    mkdirSync(join(dist, "id"), { recursive: true });
    const page = '<!DOCTYPE html>\n<html>\n<head>\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n<script type="module">\n\nimport {define} from "../_observablehq/client.js";\n</script></head><body></body></html>';
    writeFileSync(join(dist, "en/dimensions/planning.html"), page);
    writeFileSync(join(dist, "id/index.html"), page);
    writeFileSync(join(dist, "index.html"), page);
    const duck = join(dist, "_npm/@duckdb/duckdb-wasm@1.29.0/dist");
    mkdirSync(duck, { recursive: true });
    for (const f of ["duckdb-mvp.wasm", "duckdb-browser-mvp.worker.18a8af1f.js", "duckdb-eh.wasm", "duckdb-browser-eh.worker.b2f0d826.js"]) writeFileSync(join(duck, f), "x");
    // The data the build read; the og:images the drawing step would have drawn stand in as one file.
    const { dir, data } = artifactDataFor();
    const og = join(dir, ogPath("_og/id-overview.png"));
    mkdirSync(dirname(og), { recursive: true });
    writeFileSync(og, "PNG");
    await postbuild(dist, dir);
    const en = readFileSync(join(dist, "en/dimensions/planning.html"), "utf-8");
    expect(en).toContain('<html lang="en">');
    expect(en).toMatch(/<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/);
    expect(en).not.toContain("maximum-scale");
    expect(readFileSync(join(dist, "id/index.html"), "utf-8")).toContain('<html lang="id">');
    expect(readFileSync(join(dist, "index.html"), "utf-8")).toContain('<html lang="id">');
    expect(existsSync(join(duck, "duckdb-mvp.wasm"))).toBe(false);
    expect(existsSync(join(duck, "duckdb-browser-mvp.worker.18a8af1f.js"))).toBe(false);
    expect(existsSync(join(duck, "duckdb-eh.wasm"))).toBe(true);
    expect(existsSync(join(duck, "duckdb-browser-eh.worker.b2f0d826.js"))).toBe(true);
    const id = data.study.meta.id;
    expect(readFileSync(join(dist, "_og/id-overview.png"), "utf-8"), "the drawing step's og:images are copied in").toBe("PNG");
    const descriptor = JSON.parse(readFileSync(join(dist, "downloads", id, "datapackage.json"), "utf-8")) as { resources: { path: string }[] };
    for (const r of descriptor.resources) expect(existsSync(join(dist, "downloads", id, r.path)), r.path).toBe(true);
    const zip = unzipSync(readFileSync(join(dist, "downloads", `${id}.zip`)));
    expect(Object.keys(zip)).toContain(`${id}/datapackage.json`);
  });

  it("fails on a page with a script the build did not write, naming each, and leaves no site to publish", async () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "en"), { recursive: true });
    const page = '<!DOCTYPE html>\n<html>\n<head>\n<script type="module">\n\nimport {define} from "../_observablehq/client.js";\n</script></head><body>\n<main><a href="../">Studi<script>alert(1)</script></a>\n<p onclick="x()">p</p></main></body></html>';
    writeFileSync(join(dist, "en/index.html"), page);
    writeFileSync(join(dist, "en/ok.html"), page.replace(/<main>[\s\S]*<\/main>/, "<main></main>"));
    const failure = await postbuild(dist, artifactDataFor().dir).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(DataError);
    expect((failure as DataError).problems.map(formatProblem)).toEqual([
      `${relative(process.cwd(), join(dist, "en/index.html"))}:8: script: inline script not written by the build: "alert(1)"`,
      `${relative(process.cwd(), join(dist, "en/index.html"))}:9: script: inline event handler onclick="x()" on <p>: the build writes none`
    ]);
    expect(existsSync(dist)).toBe(false);
  });

  it("has pure helpers for the language and the DuckDB files", () => {
    expect(langOfFile("/d", "/d/en/x.html")).toBe("en");
    expect(langOfFile("/d", "/d/_file/x.html")).toBe("id");
    expect(isDuckdbMvpFile("dist/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm")).toBe(false);
    expect(isDuckdbMvpFile("dist/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-browser-mvp.worker.18a8af1f.js")).toBe(true);
  });
});
