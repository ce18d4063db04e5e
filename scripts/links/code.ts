/**
 * What JavaScript and CSS reference: module specifiers (from acorn's syntax tree), `url()` and
 * `@import` targets, and Framework's file registrations, each with the 1-based line it is on
 * (counted from the start of the text given; `line` shifts it for text that starts further down a page).
 */
import * as acorn from "acorn";
import * as walk from "acorn-walk";

/** A reference and the line it is on. */
export interface Located {
  value: string;
  line: number;
}

export interface ModuleSpecifiers {
  /** `import … from "x"`, `import "x"`, `export … from "x"`: loaded with the module. */
  static: Located[];
  /** `import("x")` with a literal specifier: loaded when that code runs. */
  dynamic: Located[];
}

/** The line of `index` in `text`, for text whose first line is `first`. */
function lineAt(text: string, index: number, first: number): number {
  let line = first;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

/** `found` with each value once, at its first line. */
function firstOfEach(found: Located[]): Located[] {
  const seen = new Set<string>();
  return found.filter(({ value }) => !seen.has(value) && seen.add(value));
}

/**
 * Module specifiers of static imports, re-exports and literal dynamic imports in JavaScript,
 * read from its syntax tree (acorn), so strings in minified code that merely look like imports
 * are not taken for them. `import.meta` is not an import. Code that does not parse as a module
 * falls back to the scripts' own syntax error being reported by the browser tests.
 */
export function moduleSpecifiers(js: string, line = 1): ModuleSpecifiers {
  const found: ModuleSpecifiers = { static: [], dynamic: [] };
  let ast: acorn.Program;
  try {
    ast = acorn.parse(js, { ecmaVersion: "latest", sourceType: "module", allowHashBang: true, locations: true });
  } catch {
    return found;
  }
  const add = (list: Located[], node: acorn.Node | null | undefined) => {
    if (node && node.type === "Literal" && typeof (node as acorn.Literal).value === "string") {
      list.push({ value: (node as acorn.Literal).value as string, line: line - 1 + (node.loc?.start.line ?? 1) });
    }
  };
  walk.simple(ast, {
    ImportDeclaration: (n) => add(found.static, n.source),
    ExportAllDeclaration: (n) => add(found.static, n.source),
    ExportNamedDeclaration: (n) => add(found.static, n.source),
    ImportExpression: (n) => add(found.dynamic, n.source)
  });
  return { static: firstOfEach(found.static), dynamic: firstOfEach(found.dynamic) };
}

/** The targets of `url(…)` and `@import "…"` in CSS. SVG-internal `url(#id)` is skipped. */
export function cssUrls(css: string, line = 1): Located[] {
  const found: Located[] = [];
  // Comments become spaces of the same length (their line breaks kept), so positions stay true.
  const stripped = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  for (const m of stripped.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)) {
    found.push({ value: m[1] ?? m[2] ?? m[3] ?? "", line: lineAt(stripped, m.index, line) });
  }
  for (const m of stripped.matchAll(/@import\s+(["'])([^"']+)\1/gi)) found.push({ value: m[2]!, line: lineAt(stripped, m.index, line) });
  return firstOfEach(found.filter((u) => u.value && !u.value.startsWith("#")));
}

/** `path` values of Framework's `registerFile(…)` calls: the files a page's FileAttachments fetch. */
export function registeredFiles(js: string, line = 1): Located[] {
  const found: Located[] = [];
  for (const m of js.matchAll(/registerFile\([^\n]*?"path":"((?:[^"\\]|\\.)*)"/g)) {
    found.push({ value: JSON.parse(`"${m[1]}"`) as string, line: lineAt(js, m.index, line) });
  }
  return found;
}
