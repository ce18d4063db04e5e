/**
 * `npm run dev`'s server (started by scripts/framework.ts in the process that holds the
 * hermetic preload): Framework's preview server with the options of `observable preview`
 * (--host, --port, --open/--no-open, --cors, --allow-origin, --root, --config), and the dev
 * layer on top, so that it serves the pages, policy and downloads the build serves.
 */
import { parseArgs } from "node:util";
import { readConfig } from "@observablehq/framework/dist/config.js";
import { preview } from "@observablehq/framework/dist/preview.js";
import { siteData } from "../../loaders/site/artifact.js";
import { downloadFiles } from "../downloads.js";
import { attachDevLayer } from "./layer.js";
import { frameworkScripts } from "../pageScripts.js";

const USAGE = "usage: npm run dev -- [--port <n>] [--host <h>] [--no-open] [--cors] [--allow-origin <origin>] [--root <dir>] [--config <file>]";

function options() {
  try {
    return parseArgs({
      options: {
        host: { type: "string", default: "127.0.0.1" },
        port: { type: "string" },
        open: { type: "boolean" },
        "no-open": { type: "boolean" },
        cors: { type: "boolean" },
        "allow-origin": { type: "string", multiple: true },
        root: { type: "string" },
        config: { type: "string", short: "c" }
      }
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
  console.error(`--port: expected a port number (got "${values.port}")`);
  process.exit(2);
}

try {
  await readConfig(values.config, values.root);
  const server = await preview({
    config: values.config,
    root: values.root,
    hostname: values.host,
    port,
    origins: values.cors ? ["*"] : values["allow-origin"],
    open: values["no-open"] ? false : (values.open ?? true)
  });
  attachDevLayer(server, { downloads: () => downloadFiles(siteData().study), framework: await frameworkScripts() });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
