/**
 * The one counting rule: when a coded finding counts as evidence of co-production at a stage. Every
 * output that counts stages — the overview's and the brief's stage chart, the og:images, the
 * stages × actors matrix, the explorer's SQL tables — asks this module, and nothing else counts
 * (docs/coding-notes.md, "The counting rule").
 *
 * A finding tagged with a stage counts there when
 * - it names a lay actor (a citizen, service user or volunteer: LAY_KINDS) in its own words: a
 *   finding that names only government or professional actors, or none, is internal work at that
 *   stage (`internal`), not co-production with citizens;
 * - the link to the stage (and, in an actor's cell, to that actor) is stated in the text, not only
 *   our inference (`inferred`, inferred.csv): no strength or gap rests on an inference alone;
 * - it is not a restatement of earlier findings (`restatement`, restatements.csv): a synthesis,
 *   a conclusion drawn from them or a prescription is shown, never counted again.
 * What does not count is still listed, with the reason, wherever the counts are shown.
 */
import { EVIDENCE_BASES, LAY_KINDS, type EvidenceBasis } from "../../src/shared/model/vocab.js";
import type { Study } from "./load.js";
import type { Finding } from "./schema.js";

export { EVIDENCE_BASES, type EvidenceBasis };

/** finding or recommendation id → the codes (actor or stage ids) on it that are inferred. */
export function inferredCodes(study: Pick<Study, "inferred">, file: "findings.csv" | "recommendations.csv"): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const x of study.inferred ?? []) {
    if (x.file !== file) continue;
    let codes = out.get(x.id);
    if (!codes) out.set(x.id, (codes = new Set()));
    codes.add(x.code);
  }
  return out;
}

export type CountingInput = Pick<Study, "actors" | "findings" | "inferred" | "restatements">;

/** The rule bound to one study: `basis(finding, stage, actor?)` for any finding tagged with the stage. */
export interface CountingRule {
  basis(f: Pick<Finding, "id" | "actors" | "stages">, stage: string, actor?: string): EvidenceBasis;
  /** The earlier findings a finding restates (empty when it restates none). */
  restates(id: string): readonly string[];
}

export function countingRule(study: CountingInput): CountingRule {
  const lay = new Set(study.actors.filter((a) => LAY_KINDS.includes(a.kind)).map((a) => a.id));
  const inferred = inferredCodes(study, "findings.csv");
  const restated = new Map((study.restatements ?? []).map((r) => [r.finding, r.restates]));
  return {
    basis(f, stage, actor) {
      const guessed = inferred.get(f.id);
      if (restated.has(f.id)) return "restatement";
      if (guessed?.has(stage) || (actor !== undefined && guessed?.has(actor))) return "inferred";
      const layNamed = f.actors.filter((a) => lay.has(a));
      if (layNamed.some((a) => !guessed?.has(a))) return "counted";
      return layNamed.length ? "inferred" : "internal";
    },
    restates: (id) => restated.get(id) ?? []
  };
}
