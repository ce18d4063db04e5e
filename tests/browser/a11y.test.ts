/**
 * axe-core on every page in every language: no WCAG 2.1 A/AA violation. The page is fully
 * rendered first; axe is injected through the DevTools protocol (the CSP is tested elsewhere).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { browserAvailable, useSite, visit } from "./harness.js";
import { sitePages } from "./pages.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.runIf(browserAvailable)("accessibility (axe-core, WCAG 2.1 AA)", () => {
  const site = useSite({ bypassCSP: true });

  for (const path of sitePages()) {
    it(`${path} has no violation`, async () => {
      const { page } = await visit(site.context, site.origin + path);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
