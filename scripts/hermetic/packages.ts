/**
 * Serving CDN-shaped requests (`/npm/<name>@<version>/<path>`) from the installed packages:
 * `+esm` paths are bundled from the package's browser ESM entry with esbuild, other paths
 * are the installed files themselves.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, extname, join, sep } from "node:path";
import * as esbuild from "esbuild";
import { HermeticError } from "./lockfile.js";

export interface CdnRequest {
  name: string;
  version: string;
  /** The path inside the package ("" for the package itself), without the `+esm` suffix. */
  path: string;
  /** True when the CDN was asked for an ES module bundle (`.../+esm`). */
  esm: boolean;
}

/** Parses `/npm/name@1.2.3/sub/path/+esm` (and scoped names) into its parts. */
export function parseCdnPath(pathname: string): CdnRequest {
  if (!pathname.startsWith("/npm/")) throw new HermeticError(`not a CDN package path: ${pathname}`);
  const parts = decodeURIComponent(pathname.slice("/npm/".length)).split("/");
  const namever = parts[0]?.startsWith("@") ? `${parts.shift()}/${parts.shift()}` : parts.shift()!;
  const at = namever.lastIndexOf("@");
  if (at <= 0) throw new HermeticError(`CDN path without an exact version: ${pathname}`);
  const name = namever.slice(0, at);
  const version = namever.slice(at + 1);
  if (!/^\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(version)) {
    throw new HermeticError(`CDN path with a range instead of an exact version: ${pathname}`);
  }
  const esm = parts.at(-1) === "+esm";
  if (esm) parts.pop();
  return { name, version, path: parts.filter(Boolean).join("/"), esm };
}

export const JS_TYPE = "application/javascript; charset=utf-8";
export const JSON_TYPE = "application/json; charset=utf-8";

const contentTypes: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".cjs": "application/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf"
};

export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? "application/octet-stream";
}

interface PackageJson {
  name?: string;
  version?: string;
  type?: string;
  module?: string;
  browser?: unknown;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf-8")) as PackageJson;
}

/** The directory of the copy of `name` that Node's resolution picks from `fromDir`, or undefined. */
export function resolvePackageDir(name: string, fromDir: string, root: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir || !(parent + sep).startsWith(root + sep) && parent !== root) return undefined;
    dir = parent;
  }
}

/**
 * The package's package.json with every dependency range replaced by the exact version
 * installed for it, so that Framework's version resolution lands on the lockfile's copy.
 */
export function pinnedPackageJson(pkgDir: string, root: string): string {
  const pkg = readPackageJson(pkgDir);
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"] as const) {
    const deps = pkg[field];
    if (!deps) continue;
    for (const dep of Object.keys(deps)) {
      const depDir = resolvePackageDir(dep, pkgDir, root);
      if (depDir) deps[dep] = readPackageJson(depDir).version ?? deps[dep]!;
      else if (field !== "dependencies") delete deps[dep];
    }
  }
  return JSON.stringify(pkg, null, 2);
}

function hasEsmCondition(exports: unknown): boolean {
  if (exports === null || typeof exports !== "object") return false;
  return Object.entries(exports as Record<string, unknown>).some(
    ([key, value]) => key === "import" || key === "module" || hasEsmCondition(value)
  );
}

/** Whether a package ships ES modules (else it is CommonJS and gets bundled inline). */
export function isEsmPackage(pkgDir: string): boolean {
  const pkg = readPackageJson(pkgDir);
  return pkg.type === "module" || typeof pkg.module === "string" || hasEsmCondition(pkg.exports);
}

function splitBareSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  return { name, subpath: parts.slice(specifier.startsWith("@") ? 2 : 1).join("/") };
}

/**
 * Bundles `name[/path]` from the installed copy at `pkgDir` into one browser ES module.
 * Each bare `import` of another ES-module package stays external as `/npm/<dep>@<version>/+esm`
 * with the version Node's resolution would pick from the importer; `require()`d modules and
 * CommonJS-only packages are bundled inline (esbuild does the interop).
 */
export async function bundleEsm(root: string, pkgDir: string, name: string, path: string): Promise<string> {
  const absDir = join(root, pkgDir);
  // The folder whose node_modules holds this copy: resolving `name` from there finds exactly it.
  const suffix = join("node_modules", name);
  if (!absDir.endsWith(suffix)) throw new HermeticError(`${pkgDir} does not hold ${name}`);
  const resolveDir = absDir.slice(0, -suffix.length) || root;
  const specifier = path ? `${name}/${path}` : name;
  const result = await esbuild.build({
    entryPoints: ["hermetic:entry"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    plugins: [
      {
        name: "hermetic",
        setup(build) {
          build.onResolve({ filter: /^hermetic:entry$/ }, async () => {
            const resolved = await build.resolve(specifier, { kind: "entry-point", resolveDir });
            if (resolved.errors.length) {
              throw new HermeticError(`cannot resolve the browser entry of ${specifier}: ${resolved.errors[0]!.text}`);
            }
            return { path: resolved.path };
          });
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.kind !== "import-statement" && args.kind !== "dynamic-import") return undefined;
            if (args.path.startsWith("node:")) return undefined;
            const { name: dep, subpath } = splitBareSpecifier(args.path);
            if (dep === name) return undefined;
            const depDir = resolvePackageDir(dep, args.resolveDir, root);
            if (!depDir) return undefined; // let esbuild report it (or honour a browser-field mapping)
            if (!isEsmPackage(depDir)) return undefined;
            const version = readPackageJson(depDir).version;
            return { path: `/npm/${dep}@${version}/${subpath ? `${subpath}/` : ""}+esm`, external: true };
          });
        }
      }
    ]
  });
  return result.outputFiles[0]!.text;
}
