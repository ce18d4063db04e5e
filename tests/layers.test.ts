/**
 * The layers point one way: loaders/ and scripts/ never import src/components/ or the drawing
 * step that uses them (src/prerender/); src/components/ never imports loaders/; src/shared/ (code
 * and types both sides use) imports neither; bench/ never imports tests/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../loaders/walk.js";

const RULES = [
  { from: ["loaders", "scripts"], forbidden: "src/components" },
  { from: ["loaders", "scripts"], forbidden: "src/prerender" },
  { from: ["src/components"], forbidden: "loaders" },
  { from: ["src/shared"], forbidden: "loaders" },
  { from: ["src/shared"], forbidden: "src/components" },
  { from: ["bench"], forbidden: "tests" }
] as const;

/** Every relative module specifier in `source` (static imports, re-exports and dynamic imports). */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']+)\1/g)) specs.push(m[2]!);
  return specs;
}

/** The violations of `rules` among the files below `root`: "file → imported path". */
export function violations(root: string, rules: readonly { from: readonly string[]; forbidden: string }[]): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    for (const folder of rule.from) {
      if (!existsSync(join(root, folder))) continue;
      for (const file of filesUnder(join(root, folder)).map((f) => join(root, folder, f))) {
        if (!/\.(ts|js|mjs)$/.test(file)) continue;
        for (const spec of importsOf(readFileSync(file, "utf-8"))) {
          const target = relative(root, normalize(join(dirname(file), spec)));
          if (target === rule.forbidden || target.startsWith(`${rule.forbidden}/`)) found.push(`${relative(root, file)} → ${target}`);
        }
      }
    }
  }
  return found;
}

describe("layers", () => {
  it("loaders/ and scripts/ never import src/components/ or src/prerender/; src/components/ and src/shared/ never import loaders/; bench/ never imports tests/", () => {
    expect(violations(process.cwd(), RULES)).toEqual([]);
  });

  it("the check sees a forbidden import (it can fail)", () => {
    const root = mkdtempSync(join(tmpdir(), "layers-"));
    mkdirSync(join(root, "loaders/site"), { recursive: true });
    mkdirSync(join(root, "bench"));
    writeFileSync(join(root, "loaders/site/a.ts"), `import { x } from "../../src/components/overview.js";\nimport { t } from "../../src/shared/i18n/index.js";`);
    writeFileSync(join(root, "bench/b.ts"), `const y = await import("../tests/browser/harness.js");`);
    mkdirSync(join(root, "src/components"), { recursive: true });
    writeFileSync(join(root, "src/components/c.ts"), `import type { Quote } from "../../loaders/study/views.js";`);
    expect(violations(root, RULES)).toEqual(["loaders/site/a.ts → src/components/overview.js", "src/components/c.ts → loaders/study/views.js", "bench/b.ts → tests/browser/harness.js"]);
  });
});
