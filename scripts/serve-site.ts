/**
 * `npm run serve [-- --dir dist] [-- --port 3000] [-- --prefix /my-study]`: the built site on
 * http://127.0.0.1 with clean addresses, as a static host serves it (docs/publish.md). The server
 * itself is scripts/serve.ts; this is its command line.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serve, type StaticServer } from "./serve.js";

export interface SiteServeOptions {
  dir: string;
  port: number;
  prefix: string;
}

/** A command-line mistake, said in one line. */
export class ServeUsageError extends Error {}

/** The options of `npm run serve`, from its arguments. */
export function serveOptions(argv: string[]): SiteServeOptions {
  let values: { dir?: string; port?: string; prefix?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { dir: { type: "string" }, port: { type: "string" }, prefix: { type: "string" } },
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    // parseArgs says what is wrong (an unknown option, a missing value) in its TypeError.
    throw new ServeUsageError(`npm run serve: ${(error as Error).message}`);
  }
  const port = Number(values.port ?? "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ServeUsageError(`npm run serve: --port ${values.port}: expected a port number from 0 to 65535`);
  return { dir: values.dir ?? "dist", port, prefix: values.prefix ?? "" };
}

/** Serves the built folder; a located error when it has not been built. */
export async function serveSite(options: SiteServeOptions): Promise<StaticServer> {
  const root = resolve(options.dir);
  if (!existsSync(resolve(root, "index.html"))) throw new ServeUsageError(`npm run serve: ${options.dir}/index.html: not found; build the site first (npm run build)`);
  return serve(root, {}, { prefix: options.prefix, port: options.port });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = serveOptions(process.argv.slice(2));
    const server = await serveSite(options);
    console.log(`${options.dir}/ at ${server.base}/ (Ctrl+C stops it)`);
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    console.error(error instanceof ServeUsageError ? error.message : inUse ? "npm run serve: that port is in use; choose another with -- --port <number>" : error);
    process.exitCode = 1;
  }
}
