/** Types for the two parts of @observablehq/framework 1.13.4 that `npm run dev` calls (it ships none). */
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
