/** Runs axe-core (installed, never fetched) on a page's main content and returns its serious and critical violations. */
import { readFileSync } from "node:fs";
import type { Page } from "./harness.js";

const AXE = readFileSync("node_modules/axe-core/axe.min.js", "utf-8");

export async function seriousViolations(page: Page, selector = "main"): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: Element | null, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector(sel), { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
  }, selector);
}
