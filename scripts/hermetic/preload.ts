/**
 * Preloaded into the Framework process only (`node --import tsx --import ./scripts/hermetic/preload.ts …`),
 * never through NODE_OPTIONS, so that data-loader child processes keep the plain global fetch.
 */
import { createHermeticFetch } from "./fetch.js";
import { readLockfile } from "./lockfile.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "1";
const root = process.cwd();
globalThis.fetch = createHermeticFetch(root, readLockfile(root), globalThis.fetch.bind(globalThis));
