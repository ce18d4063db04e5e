/**
 * Link and asset check for a built site: every internal link, asset, module import and CSS
 * `url()` in dist/ must resolve to a file (clean URLs: `/x` → `x.html` or `x/index.html`),
 * every `#fragment` must name an id on its target page, and no reference may point to an
 * absolute http(s) URL but a hyperlink the reader may follow: the site is hermetic. Framework's own link validation only warns.
 * Every problem names the file and line the reference is on.
 *
 * Pages are read by an HTML parser (links/html.ts), scripts and stylesheets by links/code.ts; the
 * check is tested on a fixture that it must fail (tests/fixtures/links-dist).
 */
import { readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { filesUnder } from "../loaders/walk.js";
import { cssUrls, moduleSpecifiers, registeredFiles, type Located } from "./links/code.js";
import { scanHtml } from "./links/html.js";
import { fileFor } from "./serve.js";

/** Where a reference was found. */
export type RefKind = "href" | "src" | "srcset" | "poster" | "import" | "url" | "file";

export interface Ref {
  kind: RefKind;
  /** The element (`a`, `link`, …), `script` for an import, `css` for `url()`, `registerFile` for a file attachment. */
  tag: string;
  value: string;
  /** The 1-based line of the file the reference is on. */
  line: number;
}

export interface LinkProblem {
  /** The file the reference is in, relative to dist/ with `/` separators. */
  file: string;
  /** The 1-based line of the file the reference is on. */
  line: number;
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
  return `${p.file}:${p.line}: ${p.ref}: ${p.message}`;
}

/** A hyperlink the reader may follow (`<a>`, `<area>`), as opposed to something the page loads. */
export function isNavigation(p: Pick<LinkProblem, "tag">): boolean {
  return p.tag === "a" || p.tag === "area";
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

/** References of one kind and tag, from located values. */
const refs = (kind: RefKind, tag: string, found: readonly Located[]): Ref[] => found.map(({ value, line }) => ({ kind, tag, value, line }));

/** The references in one file of the site, and (for a page) its ids. */
function referencesOf(file: string): { refs: Ref[]; ids: Set<string> } {
  const text = readFileSync(file, "utf-8");
  if (isHtml(file)) {
    const scan = scanHtml(text);
    const found: Ref[] = [...scan.refs];
    for (const script of scan.scripts) {
      const { static: imports, dynamic } = moduleSpecifiers(script.text, script.line);
      found.push(...refs("import", "script", [...imports, ...dynamic]), ...refs("file", "registerFile", registeredFiles(script.text, script.line)));
    }
    for (const style of scan.styles) found.push(...refs("url", "css", cssUrls(style.text, style.line)));
    return { refs: found, ids: scan.ids };
  }
  // Only static imports: Framework's client keeps lazy `import()`s of implicit libraries a page
  // does not use (e.g. `aq`, `L`), which are never built; a page that used one would import it statically.
  if (isJs(file)) return { refs: refs("import", "script", moduleSpecifiers(text).static), ids: new Set() };
  return { refs: refs("url", "css", cssUrls(text)), ids: new Set() };
}

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
    const { refs: found, ids: ownIds } = referencesOf(file);
    if (isHtml(file)) idsCache.set(file, ownIds);
    // Each reference once per file, at its first line.
    const unique = new Map<string, Ref>();
    for (const ref of found) if (!unique.has(`${ref.kind} ${ref.value}`)) unique.set(`${ref.kind} ${ref.value}`, ref);
    for (const ref of unique.values()) {
      report.checked++;
      const problem = (message: string): LinkProblem => ({ file: rel, line: ref.line, tag: ref.tag, ref: `<${ref.tag} ${ref.kind}="${ref.value}">`, message });
      if (isExternal(ref.value)) {
        report.external.push(problem("absolute URL to another host (the site must be hermetic)"));
        continue;
      }
      if (isInert(ref.value)) continue;
      if (ref.kind === "import" && isBareSpecifier(ref.value)) {
        report.broken.push(problem("bare module specifier: a browser cannot resolve it"));
        continue;
      }
      if (ref.value.startsWith("#")) {
        const fragment = decodeURIComponent(ref.value.slice(1));
        if (fragment && !ownIds.has(fragment)) report.broken.push(problem(`no element with id "${fragment}" on this page`));
        continue;
      }
      const target = resolveRef(dist, file, ref.value);
      if (!target.file) {
        report.broken.push(problem(`${target.pathname} does not exist in dist/`));
        continue;
      }
      if (target.fragment && isHtml(target.file) && !idsOf(target.file).has(target.fragment)) {
        const page = relative(dist, target.file).split(sep).join("/");
        report.broken.push(problem(`no element with id "${target.fragment}" on ${page}`));
      }
      // A page links to other pages (scanned on their own); scripts and stylesheets are followed.
      if (ref.kind !== "href" || ref.tag === "link") enqueue(target.file);
    }
  }
  return report;
}
