// Minimal typing for jsdom (a dependency of Framework, without @types): only what the component tests use.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
