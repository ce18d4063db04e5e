import { describe, expect, it } from "vitest";
import { createHermeticFetch } from "../scripts/hermetic/fetch.js";
import { HermeticError, NOT_INSTALLED, readLockfile } from "../scripts/hermetic/lockfile.js";

const root = process.cwd();
const lock = readLockfile(root);
const passthrough = async () => new Response("local");
const hermetic = createHermeticFetch(root, lock, passthrough);

describe("hermetic fetch", () => {
  it("answers registry look-ups from the lockfile", async () => {
    const latest = (await (await hermetic("https://registry.npmjs.org/htl/latest")).json()) as { version: string };
    expect(latest.version).toBe(lock.topLevel.get("htl")?.version);
    const packument = (await (await hermetic("https://registry.npmjs.org/@duckdb/duckdb-wasm")).json()) as { versions: Record<string, unknown> };
    expect(Object.keys(packument.versions)).toEqual(["1.29.0"]);
    const missing = (await (await hermetic("https://registry.npmjs.org/lodash/latest")).json()) as { version: string };
    expect(missing.version).toBe(NOT_INSTALLED);
  });

  it("serves installed files with their content type", async () => {
    const wasm = await hermetic("https://cdn.jsdelivr.net/npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm");
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(new Uint8Array(await wasm.arrayBuffer()).slice(0, 4)).toEqual(new Uint8Array([0, 0x61, 0x73, 0x6d]));
  });

  it("bundles +esm requests", async () => {
    const response = await hermetic(`https://cdn.jsdelivr.net/npm/isoformat@${lock.topLevel.get("isoformat")!.version}/+esm`);
    expect(response.headers.get("content-type")).toMatch(/^application\/javascript/);
    expect(await response.text()).toMatch(/export\{/);
  });

  it("names a version that is not in the lockfile", async () => {
    await expect(hermetic("https://cdn.jsdelivr.net/npm/d3@1.0.0/+esm")).rejects.toThrow(/d3@1\.0\.0 is not in package-lock\.json/);
  });

  it("refuses every other host, and lets loopback through", async () => {
    await expect(hermetic("https://fonts.googleapis.com/css2?family=x")).rejects.toThrow(HermeticError);
    await expect(hermetic("https://extensions.duckdb.org/v1.1.1/wasm_eh/json.duckdb_extension.wasm")).rejects.toThrow(/refused a request/);
    expect(await (await hermetic("http://127.0.0.1:9/x")).text()).toBe("local");
  });

  it("refuses a path that escapes its package", async () => {
    await expect(hermetic(`https://cdn.jsdelivr.net/npm/htl@${lock.topLevel.get("htl")!.version}/../../package.json`)).rejects.toThrow(HermeticError);
  });
});
