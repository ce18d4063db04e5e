/** A static server for dist/ on 127.0.0.1 with clean URLs, used by the PDF script and the browser tests. */
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
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root`. With `gzip`, responses are gzip-encoded for clients that accept it (except PNG),
 * as static hosts do: the bench's phone profile measures bytes as a real host would send them.
 */
export async function serve(root: string, headers: Record<string, string> = {}, { gzip = false } = {}): Promise<StaticServer> {
  const zipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = fileFor(root, url.pathname);
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
