/** Types for the parts of @observablehq/framework 1.13.4 that `npm run dev` and the page check call (it ships none). */
declare module "@observablehq/framework/dist/config.js" {
  export function readConfig(config?: string, root?: string): Promise<unknown>;
}

declare module "@observablehq/framework/dist/preview.js" {
  import type { EventEmitter } from "node:events";
  import type { Server } from "node:http";
  export interface PreviewServer {
    readonly server: Server;
    /** The live-reload WebSocket server (ws). */
    readonly _socketServer: EventEmitter;
  }
  export function preview(options: {
    config?: string;
    root?: string;
    hostname?: string;
    port?: number;
    origins?: string[];
    open?: boolean;
    verbose?: boolean;
  }): Promise<PreviewServer>;
}

/** Framework's client bundler and client file paths: scripts/pageScripts.ts bundles the sidebar scripts as the template does. */
declare module "@observablehq/framework/dist/rollup.js" {
  export function rollupClient(
    input: string,
    root: string,
    path: string,
    options?: { resolveImport?: (specifier: string) => string; minify?: boolean; keepNames?: boolean; define?: Record<string, string> }
  ): Promise<string>;
}

declare module "@observablehq/framework/dist/files.js" {
  export function getClientPath(entry: string): string;
}

/** Framework's Markdown parser: tests/html.test.ts proves the escaping rule against it. */
declare module "@observablehq/framework/dist/markdown.js" {
  export interface MarkdownIt {
    render(source: string): string;
  }
  export function createMarkdownIt(options?: object): MarkdownIt;
  export function parseMarkdown(input: string, options: { md: MarkdownIt; path: string }): { body: string; code: unknown[]; title: string | null };
}
