/**
 * Link and asset check for a built site: every internal link, asset, module import and CSS
 * `url()` in dist/ must resolve to a file (clean URLs: `/x` → `x.html` or `x/index.html`),
 * every `#fragment` must name an id on its target page, and no reference may point to an
 * absolute http(s) URL but a hyperlink the reader may follow: the site is hermetic. Framework's own link validation only warns.
 *
 * The scan is a small attribute scanner, not a full HTML parser: it reads the HTML Framework
 * writes (quoted attributes, inline module scripts) and is tested on a fixture that it must fail.
 */
import * as acorn from "acorn";
import * as walk from "acorn-walk";
import { readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { filesUnder } from "../loaders/walk.js";
import { fileFor } from "./serve.js";

/** Where a reference was found. */
export type RefKind = "href" | "src" | "srcset" | "poster" | "import" | "url" | "file";

export interface Ref {
  kind: RefKind;
  /** The element (`a`, `link`, …), `script` for an import, `css` for `url()`, `registerFile` for a file attachment. */
  tag: string;
  value: string;
}

export interface LinkProblem {
  /** The file the reference is in, relative to dist/ with `/` separators. */
  file: string;
  /** The element, `script`, `css` or `registerFile` the reference is in (see Ref). */
  tag: string;
  ref: string;
  message: string;
}

export interface LinkReport {
  pages: number;
  /** Files scanned: pages, their scripts and modules, stylesheets. */
  scanned: number;
  /** References checked (after removing duplicates per file). */
  checked: number;
  /** Targets missing on disk, bare module specifiers, bad fragments. */
  broken: LinkProblem[];
  /** References to an absolute http(s) (or protocol-relative) URL. */
  external: LinkProblem[];
}

export function formatLinkProblem(p: LinkProblem): string {
  return `${p.file}: ${p.ref}: ${p.message}`;
}

/** A hyperlink the reader may follow (`<a>`, `<area>`), as opposed to something the page loads. */
export function isNavigation(p: Pick<LinkProblem, "tag">): boolean {
  return p.tag === "a" || p.tag === "area";
}

/** Elements and the attributes of theirs that hold a URL. */
const URL_ATTRIBUTES: Record<string, readonly RefKind[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"]
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag's attribute text (`a="1" b c='2'`), names lower-cased. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const re = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of text.matchAll(re)) {
    const name = m[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attributes;
}

/** URLs of a `srcset` (`a.png 1x, b.png 2x`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

export interface ModuleSpecifiers {
  /** `import … from "x"`, `import "x"`, `export … from "x"`: loaded with the module. */
  static: string[];
  /** `import("x")` with a literal specifier: loaded when that code runs. */
  dynamic: string[];
}

/**
 * Module specifiers of static imports, re-exports and literal dynamic imports in JavaScript,
 * read from its syntax tree (acorn), so strings in minified code that merely look like imports
 * are not taken for them. `import.meta` is not an import. Code that does not parse as a module
 * falls back to the scripts' own syntax error being reported by the browser tests.
 */
export function moduleSpecifiers(js: string): ModuleSpecifiers {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  let ast: acorn.Program;
  try {
    ast = acorn.parse(js, { ecmaVersion: "latest", sourceType: "module", allowHashBang: true });
  } catch {
    return { static: [], dynamic: [] };
  }
  const literal = (node: acorn.Node | null | undefined): string | undefined =>
    node && node.type === "Literal" && typeof (node as acorn.Literal).value === "string" ? ((node as acorn.Literal).value as string) : undefined;
  walk.simple(ast, {
    ImportDeclaration(n) {
      const v = literal(n.source);
      if (v) found.static.add(v);
    },
    ExportAllDeclaration(n) {
      const v = literal(n.source);
      if (v) found.static.add(v);
    },
    ExportNamedDeclaration(n) {
      const v = literal(n.source);
      if (v) found.static.add(v);
    },
    ImportExpression(n) {
      const v = literal(n.source);
      if (v) found.dynamic.add(v);
    }
  });
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/** The targets of `url(…)` and `@import "…"` in CSS. SVG-internal `url(#id)` is skipped. */
export function cssUrls(css: string): string[] {
  const found: string[] = [];
  const stripped = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const m of stripped.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)) found.push(m[1] ?? m[2] ?? m[3] ?? "");
  for (const m of stripped.matchAll(/@import\s+(["'])([^"']+)\1/gi)) found.push(m[2]!);
  return [...new Set(found.filter((u) => u && !u.startsWith("#")))];
}

/** `path` values of Framework's `registerFile(…)` calls: the files a page's FileAttachments fetch. */
export function registeredFiles(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/registerFile\([^\n]*?"path":"((?:[^"\\]|\\.)*)"/g)) found.push(JSON.parse(`"${m[1]}"`) as string);
  return found;
}

export interface HtmlScan {
  refs: Ref[];
  ids: Set<string>;
  /** Contents of inline scripts (module or classic; not JSON data blocks). */
  scripts: string[];
  /** Contents of inline `<style>` elements and `style` attributes. */
  styles: string[];
}

/** Every URL-bearing attribute, inline module, inline style and element id of an HTML page. */
export function scanHtml(html: string): HtmlScan {
  const scan: HtmlScan = { refs: [], ids: new Set(), scripts: [], styles: [] };
  // Raw-text elements first, so that a `<` inside a script never reads as a tag.
  let rest = html.replace(/<!--[\s\S]*?-->/g, "");
  rest = rest.replace(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi, (_, tag: string, attrs: string, body: string) => {
    const attributes = parseAttributes(attrs);
    if (tag.toLowerCase() === "style") scan.styles.push(body);
    else if (!attributes.has("src") && !/json/i.test(attributes.get("type") ?? "")) scan.scripts.push(body);
    return `<${tag}${attrs}>`;
  });
  for (const m of rest.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^>]*)?)>/g)) {
    const tag = m[1]!.toLowerCase();
    const attributes = parseAttributes(m[2] ?? "");
    const id = attributes.get("id");
    if (id) scan.ids.add(id);
    const name = attributes.get("name");
    if (tag === "a" && name) scan.ids.add(name);
    const style = attributes.get("style");
    if (style) scan.styles.push(style);
    for (const kind of URL_ATTRIBUTES[tag] ?? []) {
      const value = attributes.get(kind);
      if (value === undefined) continue;
      if (kind === "srcset") for (const url of srcsetUrls(value)) scan.refs.push({ kind, tag, value: url });
      else scan.refs.push({ kind, tag, value: value.trim() });
    }
  }
  return scan;
}

/** An absolute http(s) URL or a protocol-relative one: a request to another host. */
export function isExternal(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}

/** Schemes that fetch nothing from a host (or leave the page) and are not checked. */
export function isInert(url: string): boolean {
  return /^(data|blob|mailto|tel|javascript|about):/i.test(url) || url === "";
}

/** A bare module specifier (`d3`, `npm:d3`): a browser cannot load it without an import map. */
export function isBareSpecifier(specifier: string): boolean {
  return !/^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(specifier) || /^(npm|jsr|node|observablehq):/.test(specifier);
}

const SITE = "http://site.invalid";

/** The site path (`/en/explorer.html`) of a file in dist. */
export function sitePath(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join("/")}`;
}

export interface Resolved {
  /** The file on disk, when it exists. */
  file?: string;
  pathname: string;
  fragment: string;
}

/** Resolves `value` (relative, root-relative) against the file it appears in, with clean URLs. */
export function resolveRef(dist: string, from: string, value: string): Resolved {
  const url = new URL(value, SITE + sitePath(dist, from));
  const fragment = decodeURIComponent(url.hash.slice(1));
  const file = fileFor(dist, url.pathname);
  return file ? { file, pathname: url.pathname, fragment } : { pathname: url.pathname, fragment };
}

const isHtml = (file: string) => extname(file) === ".html";
const isJs = (file: string) => /\.m?js$/.test(file);
const isCss = (file: string) => extname(file) === ".css";

/**
 * Checks every page of `dist` and everything the pages reference that can reference more
 * (module scripts and their imports, stylesheets and their `url()`s), following each once.
 */
export function checkDist(dist: string): LinkReport {
  const report: LinkReport = { pages: 0, scanned: 0, checked: 0, broken: [], external: [] };
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = scanHtml(readFileSync(file, "utf-8")).ids));
    return ids;
  };
  const queue: string[] = [];
  const seen = new Set<string>();
  const enqueue = (file: string) => {
    if ((isJs(file) || isCss(file) || isHtml(file)) && !seen.has(file)) {
      seen.add(file);
      queue.push(file);
    }
  };
  const pages = filesUnder(dist).map((file) => join(dist, file)).filter(isHtml);
  report.pages = pages.length;
  for (const page of pages) enqueue(page);

  while (queue.length) {
    const file = queue.shift()!;
    const rel = relative(dist, file).split(sep).join("/");
    report.scanned++;
    const text = readFileSync(file, "utf-8");
    const refs: Ref[] = [];
    let ownIds = new Set<string>();
    if (isHtml(file)) {
      const scan = scanHtml(text);
      ownIds = scan.ids;
      idsCache.set(file, ownIds);
      refs.push(...scan.refs);
      for (const script of scan.scripts) {
        const { static: imports, dynamic } = moduleSpecifiers(script);
        refs.push(...[...imports, ...dynamic].map((value): Ref => ({ kind: "import", tag: "script", value })));
        refs.push(...registeredFiles(script).map((value): Ref => ({ kind: "file", tag: "registerFile", value })));
      }
      for (const style of scan.styles) refs.push(...cssUrls(style).map((value): Ref => ({ kind: "url", tag: "css", value })));
    } else if (isJs(file)) {
      // Only static imports: Framework's client keeps lazy `import()`s of implicit libraries a page
      // does not use (e.g. `aq`, `L`), which are never built; a page that used one would import it statically.
      refs.push(...moduleSpecifiers(text).static.map((value): Ref => ({ kind: "import", tag: "script", value })));
    } else {
      refs.push(...cssUrls(text).map((value): Ref => ({ kind: "url", tag: "css", value })));
    }
    const unique = new Map(refs.map((r) => [`${r.kind} ${r.value}`, r]));
    for (const ref of unique.values()) {
      report.checked++;
      const shown = `<${ref.tag} ${ref.kind}="${ref.value}">`;
      if (isExternal(ref.value)) {
        report.external.push({ file: rel, tag: ref.tag, ref: shown, message: "absolute URL to another host (the site must be hermetic)" });
        continue;
      }
      if (isInert(ref.value)) continue;
      if (ref.kind === "import" && isBareSpecifier(ref.value)) {
        report.broken.push({ file: rel, tag: ref.tag, ref: shown, message: "bare module specifier: a browser cannot resolve it" });
        continue;
      }
      if (ref.value.startsWith("#")) {
        const fragment = decodeURIComponent(ref.value.slice(1));
        if (fragment && !ownIds.has(fragment)) report.broken.push({ file: rel, tag: ref.tag, ref: shown, message: `no element with id "${fragment}" on this page` });
        continue;
      }
      const target = resolveRef(dist, file, ref.value);
      if (!target.file) {
        report.broken.push({ file: rel, tag: ref.tag, ref: shown, message: `${target.pathname} does not exist in dist/` });
        continue;
      }
      if (target.fragment && isHtml(target.file) && !idsOf(target.file).has(target.fragment)) {
        const page = relative(dist, target.file).split(sep).join("/");
        report.broken.push({ file: rel, tag: ref.tag, ref: shown, message: `no element with id "${target.fragment}" on ${page}` });
      }
      // A page links to other pages (scanned on their own); scripts and stylesheets are followed.
      if (ref.kind !== "href" || ref.tag === "link") enqueue(target.file);
    }
  }
  return report;
}
