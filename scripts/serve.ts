/**
 * A static server for dist/ on 127.0.0.1 with clean URLs, used by the PDF script, the benchmarks and
 * the browser tests. With a prefix it serves the site under a sub-path, as a host does that
 * publishes it at `https://…/my-study/`: only addresses under the prefix are answered.
 */
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

/** Content types by file extension (the static server and the dev server's downloads). */
export const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip",
  ".qdpx": "application/zip"
};

/** Resolves a URL path to a file in `root` the way a static host with clean URLs does. */
export function fileFor(root: string, pathname: string): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, "");
  const base = join(root, clean);
  if (!(base + sep).startsWith(root + sep) && base !== root) return undefined;
  const candidates = pathname.endsWith("/") ? [join(base, "index.html")] : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface StaticServer {
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Where the site is: the origin and the prefix (no trailing slash), e.g. http://127.0.0.1:41234/my-study. */
  base: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** gzip-encode responses for clients that accept it (except PNG), as static hosts do. */
  gzip?: boolean;
  /**
   * Serve the site under this sub-path (e.g. "/my-study"): an address under it is the file under
   * `root`, the prefix itself is redirected to the prefix with a slash, and any other address is
   * not found, so a page that asks for a root-relative address fails as it would on such a host.
   */
  prefix?: string;
  /** The port to listen on (0, the default: any free port). */
  port?: number;
}

/** A prefix as a path with a leading and no trailing slash ("my-study/" → "/my-study"; "" or "/" → ""). */
export function normalizePrefix(prefix = ""): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}` : "";
}

/** The path below the prefix that a request asks for, "redirect" for the prefix without its slash, or undefined outside it. */
export function pathUnder(prefix: string, pathname: string): string | "redirect" | undefined {
  if (!prefix) return pathname;
  if (pathname === prefix) return "redirect";
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
}

/**
 * Serves `root`. With `gzip`, responses are gzip-encoded for clients that accept it (except PNG),
 * as static hosts do: the bench's phone profile measures bytes as a real host would send them.
 * With `prefix`, the site is served under that sub-path only.
 */
export async function serve(root: string, headers: Record<string, string> = {}, { gzip = false, prefix: given, port: wanted = 0 }: ServeOptions = {}): Promise<StaticServer> {
  const zipped = new Map<string, Buffer>();
  const prefix = normalizePrefix(given);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = pathUnder(prefix, url.pathname);
    if (path === "redirect") {
      res.writeHead(301, { location: `${prefix}/${url.search}` }).end();
      return;
    }
    const file = path === undefined ? undefined : fileFor(root, path);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && !file.endsWith(".png")) {
      if (!zipped.has(file)) zipped.set(file, gzipSync(readFileSync(file), { level: 6 }));
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "accept-encoding", ...headers });
      res.end(zipped.get(file));
      return;
    }
    res.writeHead(200, { "content-type": type, ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(wanted, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
