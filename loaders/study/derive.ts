/**
 * Views computed from the coded study, never typed in by hand: the participation table
 * (actor × stage), per-dimension summaries and the finding → gap → recommendation chains.
 */
import type { Study } from "./load.js";
import { LAY_KINDS, PARTICIPATION_LEVELS, type CellWho, type ParticipationLevel } from "../../src/shared/model/vocab.js";
export { LAY_KINDS, PARTICIPATION_LEVELS, type CellWho, type ParticipationLevel };
import type { Finding, Rating, Valence } from "./schema.js";
import { countingRule, inferredCodes, type EvidenceBasis } from "./evidence.js";
import type { CellOf } from "../../src/shared/model/views.js";

/** A cell of the participation table, its findings as ids (src/shared/model/views.ts `CellOf`). */
export type ParticipationCell = CellOf<string>;

/**
 * The level of a cell from its findings' bases and valences: from the counted findings when any
 * counts (`strengths-and-gaps`, `gaps-only`, `strengths-only`, `neutral-only`); else `internal-only`
 * when the text states the actor at the stage in internal work only (whatever else is inferred or
 * restated there), `not-stated` when an inference is all that links them, `restated-only` when only
 * restatements do, `no-finding` when none names the actor and the stage.
 */
export function levelOf(counts: Record<Valence, number>, uncounted: readonly EvidenceBasis[] = []): ParticipationLevel {
  if (counts.strength && counts.gap) return "strengths-and-gaps";
  if (counts.gap) return "gaps-only";
  if (counts.strength) return "strengths-only";
  if (counts.neutral) return "neutral-only";
  if (!uncounted.length) return "no-finding";
  if (uncounted.includes("internal")) return "internal-only";
  if (uncounted.includes("inferred")) return "not-stated";
  return "restated-only";
}

export { inferredCodes };

export function participation(study: Pick<Study, "actors" | "stages" | "findings" | "inferred" | "restatements">): ParticipationCell[] {
  // One pass over the findings (in order) instead of one per cell: each finding is added to
  // the bucket of every (actor, stage) pair it names, once however often it names them.
  interface Bucket {
    counts: Record<Valence, number>;
    findings: string[];
    bases: Record<string, EvidenceBasis>;
    lay: boolean;
    inferred: string[];
  }
  const rule = countingRule(study);
  const lay = new Set(study.actors.filter((a) => LAY_KINDS.includes(a.kind)).map((a) => a.id));
  const inferred = inferredCodes(study, "findings.csv");
  const byActorStage = new Map<string, Map<string, Bucket>>();
  for (const f of study.findings) {
    const actors = [...new Set(f.actors)];
    const stages = [...new Set(f.stages)];
    const namesLay = actors.some((a) => lay.has(a));
    const guessed = inferred.get(f.id);
    for (const actor of actors) {
      let byStage = byActorStage.get(actor);
      if (!byStage) byActorStage.set(actor, (byStage = new Map()));
      for (const stage of stages) {
        let bucket = byStage.get(stage);
        if (!bucket) byStage.set(stage, (bucket = { counts: { strength: 0, gap: 0, neutral: 0 }, findings: [], bases: {}, lay: false, inferred: [] }));
        const basis = rule.basis(f, stage, actor);
        if (basis === "counted") bucket.counts[f.valence]++;
        bucket.findings.push(f.id);
        bucket.bases[f.id] = basis;
        bucket.lay ||= namesLay;
        if (guessed && (guessed.has(actor) || guessed.has(stage))) bucket.inferred.push(f.id);
      }
    }
  }
  const cells: ParticipationCell[] = [];
  for (const actor of study.actors) {
    for (const stage of study.stages) {
      const bucket = byActorStage.get(actor.id)?.get(stage.id);
      const counts = bucket?.counts ?? { strength: 0, gap: 0, neutral: 0 };
      const uncounted = bucket ? Object.values(bucket.bases).filter((b) => b !== "counted") : [];
      cells.push({
        actor: actor.id,
        stage: stage.id,
        level: levelOf(counts, uncounted),
        strengths: counts.strength,
        gaps: counts.gap,
        neutral: counts.neutral,
        // copies: an actor or stage listed twice in the study gets cells that share nothing
        findings: bucket ? [...bucket.findings] : [],
        bases: bucket ? { ...bucket.bases } : {},
        who: bucket ? (bucket.lay ? "lay" : "professional") : "",
        inferred: bucket ? [...bucket.inferred] : []
      });
    }
  }
  return cells;
}

export interface DimensionSummary {
  dimension: string;
  order: number;
  rating: Rating | null;
  strengths: number;
  gaps: number;
  neutral: number;
  findings: string[];
  recommendations: string[];
  actors: string[];
  stages: string[];
}

/** Counts and references per dimension, in codebook order. */
export function dimensionSummaries(study: Study): DimensionSummary[] {
  // One pass over the findings, into the accumulator of the finding's dimension.
  interface Accumulator {
    counts: Record<Valence, number>;
    findings: string[];
    actors: Set<string>;
    stages: Set<string>;
  }
  const byDimension = new Map<string, Accumulator>();
  for (const d of study.dimensions) {
    if (!byDimension.has(d.id)) byDimension.set(d.id, { counts: { strength: 0, gap: 0, neutral: 0 }, findings: [], actors: new Set(), stages: new Set() });
  }
  for (const f of study.findings) {
    const acc = byDimension.get(f.dimension);
    if (!acc) continue;
    acc.counts[f.valence]++;
    acc.findings.push(f.id);
    for (const a of f.actors) acc.actors.add(a);
    for (const s of f.stages) acc.stages.add(s);
  }
  return study.dimensions.map((d) => {
    const acc = byDimension.get(d.id)!;
    return {
      dimension: d.id,
      order: d.order,
      rating: study.assessments.find((a) => a.dimension === d.id)?.rating ?? null,
      strengths: acc.counts.strength,
      gaps: acc.counts.gap,
      neutral: acc.counts.neutral,
      findings: [...acc.findings],
      recommendations: study.recommendations.filter((r) => r.dimension === d.id).map((r) => r.id),
      actors: [...acc.actors],
      stages: [...acc.stages]
    };
  });
}

export interface Chain {
  recommendation: string;
  dimension: string;
  gap: string;
  /** Strength or neutral findings of the same dimension: the context the gap sits in. */
  context: string[];
}

/** finding → gap → recommendation, one row per gap a recommendation answers. */
export function chains(study: Study): Chain[] {
  const byId = new Map<string, Finding>(study.findings.map((f) => [f.id, f]));
  return study.recommendations.flatMap((r) =>
    r.answers.map((gap) => {
      const dimension = byId.get(gap)?.dimension || r.dimension;
      return {
        recommendation: r.id,
        dimension: r.dimension,
        gap,
        context: study.findings.filter((f) => f.dimension === dimension && f.valence !== "gap").map((f) => f.id)
      };
    })
  );
}
