/**
 * A `fetch` for the Framework process that answers the CDN and the npm registry from the
 * lockfile and node_modules, and refuses every other remote host with a clear error.
 */
import { readFileSync, statSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { HermeticError, findInstalled, latestInstalled, type Lockfile } from "./lockfile.js";
import { JSON_TYPE, JS_TYPE, bundleEsm, contentTypeOf, parseCdnPath, pinnedPackageJson } from "./packages.js";

export const CDN_HOST = "cdn.jsdelivr.net";
export const REGISTRY_HOST = "registry.npmjs.org";

type Fetch = typeof globalThis.fetch;

function respond(body: string | Buffer, contentType: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { status: 200, headers: { "content-type": contentType } });
}

function requestUrl(input: Parameters<Fetch>[0]): URL {
  if (input instanceof URL) return input;
  if (typeof input === "string") return new URL(input);
  return new URL(input.url);
}

/** Answers `https://cdn.jsdelivr.net/npm/<name>@<version>/<path>` from node_modules. */
export async function serveCdn(root: string, lock: Lockfile, pathname: string): Promise<Response> {
  const request = parseCdnPath(pathname);
  const pkg = findInstalled(lock, request.name, request.version);
  if (request.esm) {
    return respond(await bundleEsm(root, pkg.dir, pkg.name, request.path), JS_TYPE);
  }
  if (request.path === "package.json") {
    return respond(pinnedPackageJson(join(root, pkg.dir), root), JSON_TYPE);
  }
  const base = join(root, pkg.dir);
  const file = normalize(join(base, request.path));
  if (!file.startsWith(base + sep)) throw new HermeticError(`path escapes its package: ${pathname}`);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    // reported below
  }
  if (!isFile) throw new HermeticError(`${request.name}@${request.version} has no file ${request.path}`);
  return respond(readFileSync(file), contentTypeOf(file));
}

/** Answers registry look-ups (`/<name>` packuments and `/<name>/latest`) with lockfile versions. */
export function serveRegistry(lock: Lockfile, pathname: string): Response {
  const parts = decodeURIComponent(pathname).split("/").filter(Boolean);
  const name = parts[0]?.startsWith("@") ? `${parts.shift()}/${parts.shift()}` : parts.shift();
  if (!name) throw new HermeticError(`registry request without a package name: ${pathname}`);
  const tag = parts.shift();
  const latest = latestInstalled(lock, name);
  if (tag !== undefined) {
    if (tag !== "latest") throw new HermeticError(`${name}@${tag}: only exact versions and "latest" resolve offline`);
    return respond(JSON.stringify({ name, version: latest }), JSON_TYPE);
  }
  const installed = (lock.byName.get(name) ?? []).map((p) => p.version);
  const versions = Object.fromEntries((installed.length ? installed : [latest]).map((v) => [v, { name, version: v }]));
  return respond(JSON.stringify({ name, "dist-tags": { latest }, versions }), JSON_TYPE);
}

/**
 * Wraps `fetch`: CDN and registry requests are answered locally, loopback requests pass
 * through, anything else is refused. Errors name what was asked for.
 */
export function createHermeticFetch(root: string, lock: Lockfile, passthrough: Fetch): Fetch {
  return async (input, init) => {
    const url = requestUrl(input);
    try {
      if (url.hostname === CDN_HOST && url.pathname.startsWith("/npm/")) return await serveCdn(root, lock, url.pathname);
      if (url.hostname === REGISTRY_HOST) return serveRegistry(lock, url.pathname);
    } catch (error) {
      if (error instanceof HermeticError) throw new HermeticError(`hermetic build: ${url.href}: ${error.message}`);
      throw error;
    }
    if (["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return passthrough(input, init);
    throw new HermeticError(
      `hermetic build: refused a request to ${url.href}. Browser modules come from node_modules; ` +
        `no other host is contacted during build or preview.`
    );
  };
}
