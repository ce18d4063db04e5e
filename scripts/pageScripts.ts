/**
 * Which inline scripts a page may run: only those Framework's own page template writes, recognised
 * by their exact shape and place, never "whatever inline script the page holds". Anything else —
 * another inline script, an inline event handler (`onerror=`…), a `javascript:` address, an
 * `srcdoc` — is a located problem (`file:line: script: …`), and the build (or the dev server's
 * answer) fails on it. The policy (scripts/pageShell.ts) hashes only the scripts allowed here.
 *
 * Framework 1.13.4's template writes three kinds of inline script:
 * - the page's module (`<script type="module">` as the last element of `<head>`), which imports
 *   Framework's client and defines the page's cells (our templates' code);
 * - on the 404 page, a fixed script just before it;
 * - in the sidebar, two classic scripts `{…}`: search-init (right after the search results
 *   container) and sidebar-init (right after the sidebar). Their text is Framework's own client
 *   code bundled by Framework's rollup, identical on every page but for the relative path of the
 *   search module; `frameworkScripts()` bundles them the same way to know them exactly.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { type Problem } from "../loaders/errors.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** The exact texts (as patterns) of Framework's sidebar scripts. */
export interface FrameworkScripts {
  searchInit: RegExp;
  sidebarInit: RegExp;
}

const IMPORT_MARK = "@@IMPORT@@";
/** Where the search module is, relative to any page, in the build (hashed) and in dev (not). */
const SEARCH_MODULE = String.raw`(?:\.{1,2}/)*_observablehq/search(?:\.[0-9a-f]{8})?\.js`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A bundled client script as it stands in a page: `{…}`, the search module's path free. */
export function scriptPattern(bundled: string): RegExp {
  const parts = bundled.trim().split(new RegExp(String.raw`(?:\.{1,2}/)*${escapeRegExp(IMPORT_MARK)}`));
  return new RegExp(`^\\{${parts.map(escapeRegExp).join(SEARCH_MODULE)}\\}$`);
}

let known: Promise<FrameworkScripts> | undefined;

/** Framework's sidebar scripts, bundled by Framework's own rollup as its template does (once per process). */
export function frameworkScripts(): Promise<FrameworkScripts> {
  known ??= (async () => {
    const { rollupClient } = await import("@observablehq/framework/dist/rollup.js");
    const { getClientPath } = await import("@observablehq/framework/dist/files.js");
    const bundle = (entry: string) => rollupClient(getClientPath(entry), "src", "/index", { resolveImport: () => IMPORT_MARK, minify: true });
    const [searchInit, sidebarInit] = await Promise.all([bundle("search-init.js"), bundle("sidebar-init.js")]);
    return { searchInit: scriptPattern(searchInit), sidebarInit: scriptPattern(sidebarInit) };
  })();
  return known;
}

/** The page module's opening: the import of Framework's client (`open` too in dev), and nothing before it. */
const PAGE_MODULE = /^\n\nimport (?:\{(?:open, )?define\} from )?"(?:\.{1,2}\/)*\/?_observablehq\/client(?:\.[0-9a-f]{8})?\.js";\n/;

/** The 404 page's script, as Framework 1.13.4 writes it. */
const NOT_FOUND_SCRIPT = `

if (location.pathname.endsWith("/")) {
  const alt = location.pathname.slice(0, -1);
  fetch(alt, {method: "HEAD"}).then((response) => response.ok && location.replace(alt + location.search + location.hash));
}

`;

/** Attributes whose value is an address. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite"]);

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function elements(node: Node): Element[] {
  return "childNodes" in node ? (node.childNodes as Node[]).filter(isElement) : [];
}

function textOf(script: Element): string {
  return script.childNodes.map((c) => ("value" in c ? String(c.value) : "")).join("");
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function previousElement(el: Element): Element | undefined {
  const siblings = elements(el.parentNode as Node);
  return siblings[siblings.indexOf(el) - 1];
}

/** `javascript:` however it is disguised: case, leading spaces and the control characters browsers skip. */
export function isScriptUrl(value: string): boolean {
  return /^(?:javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020\u007f]/g, ""));
}

/** The build's own inline scripts of a page: their texts, each where the template puts it. */
export interface PageScripts {
  /** The texts of the inline scripts the template wrote, in page order. */
  allowed: string[];
  /** Every other inline script, handler or script address, located. */
  problems: Problem[];
}

/**
 * Sorts a page's inline scripts into the template's own and the rest. `file` names the page in
 * the problems (`dist/en/index.html`, or the URL path in dev).
 */
export function pageScripts(html: string, file: string, framework: FrameworkScripts): PageScripts {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const allowed: string[] = [];
  const problems: Problem[] = [];
  const head = elements(elements(document).find((e) => e.tagName === "html") ?? document).find((e) => e.tagName === "head");
  const headScripts = head ? elements(head) : [];
  const lastInHead = headScripts.at(-1);
  const problem = (el: Element, field: string, message: string) =>
    problems.push({ file, line: el.sourceCodeLocation?.startLine ?? 1, field, message });

  const isTemplateScript = (el: Element, code: string): boolean => {
    const parent = el.parentNode as Element;
    if (parent === head && attr(el, "type") === "module") {
      if (el === lastInHead) return PAGE_MODULE.test(code);
      return code === NOT_FOUND_SCRIPT && previousElement(lastInHead!) === el && lastInHead !== undefined;
    }
    if (attr(el, "type") !== undefined) return false;
    const before = previousElement(el);
    if (parent.tagName === "nav" && attr(parent, "id") === "observablehq-sidebar" && before && attr(before, "id") === "observablehq-search-results")
      return framework.searchInit.test(code);
    if (parent.tagName === "body" && before?.tagName === "nav" && attr(before, "id") === "observablehq-sidebar") return framework.sidebarInit.test(code);
    return false;
  };

  const visit = (node: Node): void => {
    if (isElement(node)) {
      for (const a of node.attrs) {
        const { value } = a;
        const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
        if (/^on/i.test(name)) problem(node, "script", `inline event handler ${name}="${value.slice(0, 60)}" on <${node.tagName}>: the build writes none`);
        else if (name === "srcdoc") problem(node, "script", `srcdoc on <${node.tagName}>: the build writes none`);
        else if (URL_ATTRIBUTES.has(name) && isScriptUrl(value)) problem(node, "script", `a script address in ${name}="${value.slice(0, 60)}" on <${node.tagName}>`);
      }
      if (node.tagName === "script" && attr(node, "src") === undefined) {
        const code = textOf(node);
        if (isTemplateScript(node, code)) allowed.push(code);
        else problem(node, "script", `inline script not written by the build: ${JSON.stringify(code.trim().slice(0, 80))}`);
      }
    }
    if ("content" in node && node.content) visit(node.content as Node);
    if ("childNodes" in node) for (const child of node.childNodes as Node[]) visit(child);
  };
  visit(document);
  return { allowed, problems };
}
