/**
 * Makes `npm run dev` serve what the build serves. Framework's preview server renders each page
 * as it is asked for; this layer sits on its HTTP server and WebSocket and
 * - finishes every HTML page with the same transformations postbuild applies to dist/
 *   (scripts/pageShell.ts), the CSP adding only `connect-src ws://<host>` for live reload;
 * - serves downloads/… (the data package and its zip) from the same generator postbuild
 *   writes them with (scripts/downloads.ts), made from the artifact of the study as it now is;
 * - turns live reload's in-place updates into page reloads: Framework patches changed cells
 *   with `eval`, which the page's CSP (like the built page's) forbids.
 */
import type { EventEmitter } from "node:events";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { extname } from "node:path";
import { TYPES } from "../serve.js";
import { DOWNLOADS, type Download } from "../downloads.js";
import { finishPage, isHost, langOfPath } from "../pageShell.js";
import type { FrameworkScripts } from "../pageScripts.js";

/** What the layer needs of Framework 1.13.4's PreviewServer (`_socketServer` is its ws server). */
export interface PreviewServerLike {
  readonly server: Server;
  readonly _socketServer?: EventEmitter;
}

export interface DevLayerOptions {
  /** The downloads, made when one is asked for (so an edited study is served as it now is). */
  downloads(): Download[];
  /** Framework's own sidebar scripts: the only inline scripts besides the page's module (scripts/pageScripts.ts). */
  framework: FrameworkScripts;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The download a URL path asks for, if any (`/downloads/<study>/findings.csv`, `/downloads/<study>.zip`). */
export function downloadFor(pathname: string, files: () => Download[]): Download | undefined {
  const prefix = `/${DOWNLOADS}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const path = pathname.slice(prefix.length);
  return files().find((f) => f.path === path);
}

/**
 * A live-reload message as the dev page may take it: an in-place `update` (which the client
 * applies with `eval`) becomes a `reload`; every other message passes unchanged.
 */
export function liveReloadMessage(data: string): string {
  try {
    const message = JSON.parse(data) as { type?: unknown };
    return message.type === "update" ? JSON.stringify({ type: "reload" }) : data;
  } catch {
    return data;
  }
}

function serveDownload(res: ServerResponse, pathname: string, options: DevLayerOptions): void {
  let file: Download | undefined;
  try {
    file = downloadFor(pathname, options.downloads);
  } catch (error) {
    // A study with errors: say what is wrong, as the build would.
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(error instanceof Error ? error.message : String(error));
    return;
  }
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file.path)] ?? "application/octet-stream", "cache-control": "no-store" });
  res.end(file.content);
}

/**
 * Wraps `res.end` so that an HTML page is finished before it is sent; a page holding a script the
 * build did not write is refused (500, with the located problems), as the build would refuse it.
 */
function finishHtml(res: ServerResponse, pathname: string, host: string | undefined, framework: FrameworkScripts): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const [chunk] = args;
    const type = String(res.getHeader("content-type") ?? "");
    if (type.startsWith("text/html") && (typeof chunk === "string" || chunk instanceof Uint8Array) && !res.headersSent) {
      const html = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf-8");
      // Framework's ETag is of the page before it was finished: drop it rather than mislabel.
      res.removeHeader("etag");
      res.removeHeader("last-modified");
      res.setHeader("cache-control", "no-store");
      try {
        args[0] = finishPage(html, langOfPath(pathname), { file: pathname, framework, ...(host === undefined ? {} : { liveReloadHost: host }) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`dev: ${message}`);
        res.statusCode = 500;
        res.setHeader("content-type", "text/plain; charset=utf-8");
        res.removeHeader("content-length");
        args[0] = message;
      }
    }
    return end(...args);
  }) as ServerResponse["end"];
}

/** Puts the layer on a running preview server. */
export function attachDevLayer(preview: PreviewServerLike, options: DevLayerOptions): void {
  const { server } = preview;
  const sockets = preview._socketServer;
  const framework = server.listeners("request") as Handler[];
  const connection = sockets?.listeners("connection");
  if (framework.length !== 1 || !sockets || connection?.length !== 1) {
    throw new Error("dev: Framework's preview server is not the one this layer was written for (@observablehq/framework 1.13.4)");
  }
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host;
    if (host !== undefined && !isHost(host)) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("bad Host header");
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURI(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("bad URL");
      return;
    }
    if (pathname.startsWith(`/${DOWNLOADS}/`)) return serveDownload(res, pathname, options);
    finishHtml(res, pathname, host, options.framework);
    framework[0]!.call(server, req, res);
  });
  sockets.removeAllListeners("connection");
  sockets.on("connection", (socket: { send(data: unknown, ...rest: unknown[]): void }, req: IncomingMessage) => {
    const send = socket.send.bind(socket);
    socket.send = (data: unknown, ...rest: unknown[]) => send(typeof data === "string" ? liveReloadMessage(data) : data, ...rest);
    connection[0]!.call(sockets, socket, req);
  });
}
