import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { strToU8 } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { attachDevLayer, downloadFor, liveReloadMessage } from "../scripts/dev/layer.js";
import { frameworkScripts } from "../scripts/pageScripts.js";

const PAGE = '<!DOCTYPE html>\n<html>\n<head>\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n<script type="module">\n\nimport {open, define} from "/_observablehq/client.js";\nopen({eval: (body) => eval(body)});</script>\n</head><body><main>x</main></body></html>';
/** A page whose study text got in unescaped. */
const HOSTILE = PAGE.replace("<main>x</main>", "<main>x<img src=x onerror=alert(1)></main>");
const FILES = [
  { path: "s/findings.csv", content: strToU8("id\nF1\n") },
  { path: "s.zip", content: new Uint8Array([80, 75]) }
];

describe("live reload", () => {
  it("turns in-place updates (applied with eval) into reloads and passes the rest", () => {
    expect(JSON.parse(liveReloadMessage(JSON.stringify({ type: "update", code: { added: ["x"] } })))).toEqual({ type: "reload" });
    expect(liveReloadMessage('{"type":"welcome"}')).toBe('{"type":"welcome"}');
    expect(liveReloadMessage("not json")).toBe("not json");
  });
});

describe("downloads in dev", () => {
  it("are found under /downloads/ by their path, nothing else", () => {
    expect(downloadFor("/downloads/s/findings.csv", () => FILES)?.content).toBe(FILES[0]!.content);
    expect(downloadFor("/downloads/s.zip", () => FILES)?.path).toBe("s.zip");
    expect(downloadFor("/downloads/s/nope.csv", () => FILES)).toBeUndefined();
    expect(downloadFor("/s/findings.csv", () => FILES)).toBeUndefined();
  });
});

describe("the dev layer on a preview server", () => {
  const servers: { close(): void }[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  /** A stand-in for Framework's preview server: one request handler, one WebSocket connection handler. */
  async function start(downloads = () => FILES) {
    const server = createServer();
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      // Framework's end(): headers first, then the content in one piece.
      res.setHeader("Content-Type", req.url === "/a.js" ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8");
      res.setHeader("ETag", '"framework"');
      res.end(req.url === "/a.js" ? "export {}" : req.url === "/hostile" ? HOSTILE : PAGE);
    });
    const sockets = new EventEmitter();
    sockets.on("connection", (socket: { send(d: string): void }) => {
      socket.send(JSON.stringify({ type: "welcome" }));
      socket.send(JSON.stringify({ type: "update", code: { added: ["1"] } }));
    });
    attachDevLayer({ server, _socketServer: sockets }, { downloads, framework: await frameworkScripts() });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    servers.push(server);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { origin, sockets };
  }

  it("refuses a page holding a script the build did not write, as the build does, saying where", async () => {
    const { origin } = await start();
    const res = await fetch(`${origin}/hostile`);
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/\/hostile:\d+: script: inline event handler onerror="alert\(1\)" on <img>/);
  });

  it("serves pages finished as the build finishes them, with the live-reload socket allowed", async () => {
    const { origin } = await start();
    const res = await fetch(`${origin}/en/metrics`);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(csp).toContain(`connect-src 'self' ws://${new URL(origin).host};`);
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(res.headers.get("etag")).toBeNull();
    expect((await fetch(`${origin}/id/`).then((r) => r.text()))).toContain('<html lang="id">');
    const js = await fetch(`${origin}/a.js`);
    expect(await js.text()).toBe("export {}");
    expect(js.headers.get("etag")).toBe('"framework"');
  });

  it("serves the downloads, 404 for an unknown one, and a located error for a broken study", async () => {
    const { origin } = await start();
    const csv = await fetch(`${origin}/downloads/s/findings.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe("id\nF1\n");
    expect((await fetch(`${origin}/downloads/s.zip`)).headers.get("content-type")).toBe("application/zip");
    expect((await fetch(`${origin}/downloads/nope.csv`)).status).toBe(404);
    const broken = await start(() => {
      throw new Error("findings.csv:4: start: expected a whole number");
    });
    const res = await fetch(`${broken.origin}/downloads/s.zip`);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("findings.csv:4: start");
  });

  it("sends reloads, not in-place updates, over the live-reload socket", async () => {
    const { sockets } = await start();
    const sent: string[] = [];
    sockets.emit("connection", { send: (d: string) => sent.push(d) }, {});
    expect(sent).toEqual(['{"type":"welcome"}', '{"type":"reload"}']);
  });

  it("refuses a Host header that could not stand in the policy", async () => {
    const { origin } = await start();
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${origin}/id/`, { headers: { host: "evil; script-src *" } }, (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(400);
  });
});
