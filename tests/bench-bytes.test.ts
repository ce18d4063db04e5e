import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isDuckdb, kindOf, sizeOf, totals, type SizedFile } from "../bench/bytes.js";

describe("kindOf", () => {
  it("sorts files into JS, CSS, data, wasm, HTML and other", () => {
    expect(kindOf("_npm/d3@7.9.2/3823780a.js")).toBe("js");
    expect(kindOf("_import/style.dd06529d.css")).toBe("css");
    expect(kindOf("_file/data/findings.0103d01b.csv")).toBe("data");
    expect(kindOf("_file/data/study.265f10e4.json")).toBe("data");
    expect(kindOf("_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm")).toBe("wasm");
    expect(kindOf("en/explorer.html")).toBe("html");
    expect(kindOf("_file/favicon.ed5b8852.svg")).toBe("other");
  });
});

describe("sizes", () => {
  it("measures raw and gzip -9 bytes of a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "bytes-"));
    const file = join(dir, "a.js");
    writeFileSync(file, "const synthetic = 1;\n".repeat(1000));
    const size = sizeOf(file);
    expect(size.raw).toBe(21_000);
    expect(size.gzip).toBeGreaterThan(0);
    expect(size.gzip).toBeLessThan(200);
  });

  it("sums by kind and overall", () => {
    const files: SizedFile[] = [
      { path: "a.js", kind: "js", raw: 100, gzip: 40 },
      { path: "b.js", kind: "js", raw: 50, gzip: 20 },
      { path: "c.wasm", kind: "wasm", raw: 1000, gzip: 300 }
    ];
    const t = totals(files);
    expect(t.js).toEqual({ raw: 150, gzip: 60 });
    expect(t.wasm).toEqual({ raw: 1000, gzip: 300 });
    expect(t.css).toEqual({ raw: 0, gzip: 0 });
    expect(t.total).toEqual({ raw: 1150, gzip: 360 });
  });
});

describe("isDuckdb", () => {
  it("recognises every part of DuckDB-wasm and nothing else", () => {
    expect(isDuckdb("_observablehq/stdlib/duckdb.43e22b65.js")).toBe(true);
    expect(isDuckdb("_npm/@duckdb/duckdb-wasm@1.29.0/22bdbdfa.js")).toBe(true);
    expect(isDuckdb("_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm")).toBe(true);
    expect(isDuckdb("_npm/apache-arrow@21.2.0/17a3b061.js")).toBe(false);
    expect(isDuckdb("_observablehq/stdlib.fb30e1b7.js")).toBe(false);
  });
});
