/**
 * The study's shape as the routes need it (src/shared/routes.ts `SiteShape`): its dimensions and
 * sources, and whether it has public figures and a second coder. The config, the search index,
 * the page tests and the benchmarks all read it from here.
 */
import { coderFiles } from "../agree/site.js";
import type { Study } from "../study/load.js";
import { sourceRefs, type SiteShape } from "../../src/shared/routes.js";
import { hasMetrics, studyDir } from "./env.js";

export function siteShape(study: Pick<Study, "dimensions" | "meta" | "cases" | "actors" | "findings">, dir: string = studyDir(), env: NodeJS.ProcessEnv = process.env): SiteShape {
  return {
    dimensions: study.dimensions,
    sources: sourceRefs(study.meta.sources),
    metrics: hasMetrics(env),
    agreement: coderFiles(dir).length > 0,
    cases: (study.cases ?? []).length > 0,
    actors: study.actors.length > 0,
    stages: study.findings.some((f) => f.stages.length > 0)
  };
}
