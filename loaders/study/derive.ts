/**
 * Views computed from the coded study, never typed in by hand: the participation table
 * (actor × stage), per-dimension summaries and the finding → gap → recommendation chains.
 */
import type { Study } from "./load.js";
import { LAY_KINDS, PARTICIPATION_LEVELS, type CellWho, type ParticipationLevel } from "../../src/shared/model/vocab.js";
export { LAY_KINDS, PARTICIPATION_LEVELS, type CellWho, type ParticipationLevel };
import type { Actor, Finding, Rating, Valence } from "./schema.js";

export interface ParticipationCell {
  actor: string;
  stage: string;
  level: ParticipationLevel;
  strengths: number;
  gaps: number;
  neutral: number;
  /** Every finding that names both the actor and the stage. */
  findings: string[];
  who: CellWho;
  /** The cell's findings whose link to this actor or this stage is the coder's inference (inferred.csv). */
  inferred: string[];
}

/**
 * `strengths-and-gaps` when strength and gap findings both speak of the actor at that stage,
 * `gaps-only` when gaps do and no strength does, `strengths-only` when strengths do and no
 * gap does, `neutral-only` when only neutral descriptions do, `no-finding` when none does.
 */
export function levelOf(counts: Record<Valence, number>): ParticipationLevel {
  if (counts.strength && counts.gap) return "strengths-and-gaps";
  if (counts.gap) return "gaps-only";
  if (counts.strength) return "strengths-only";
  if (counts.neutral) return "neutral-only";
  return "no-finding";
}

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

export function participation(study: Pick<Study, "actors" | "stages" | "findings" | "inferred">): ParticipationCell[] {
  // One pass over the findings (in order) instead of one per cell: each finding is added to
  // the bucket of every (actor, stage) pair it names, once however often it names them.
  interface Bucket {
    counts: Record<Valence, number>;
    findings: string[];
    lay: boolean;
    inferred: string[];
  }
  const lay = new Set(study.actors.filter((a) => LAY_KINDS.includes(a.kind)).map((a) => a.id));
  const inferred = inferredCodes(study, "findings.csv");
  const byActorStage = new Map<string, Map<string, Bucket>>();
  for (const f of study.findings) {
    const { actors, stages } = f;
    const namesLay = actors.some((a) => lay.has(a));
    const guessed = inferred.get(f.id);
    for (let a = 0; a < actors.length; a++) {
      const actor = actors[a]!;
      if (actors.indexOf(actor) !== a) continue;
      let byStage = byActorStage.get(actor);
      if (!byStage) byActorStage.set(actor, (byStage = new Map()));
      for (let s = 0; s < stages.length; s++) {
        const stage = stages[s]!;
        if (stages.indexOf(stage) !== s) continue;
        let bucket = byStage.get(stage);
        if (!bucket) byStage.set(stage, (bucket = { counts: { strength: 0, gap: 0, neutral: 0 }, findings: [], lay: false, inferred: [] }));
        bucket.counts[f.valence]++;
        bucket.findings.push(f.id);
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
      cells.push({
        actor: actor.id,
        stage: stage.id,
        level: levelOf(counts),
        strengths: counts.strength,
        gaps: counts.gap,
        neutral: counts.neutral,
        // copies: an actor or stage listed twice in the study gets cells that share nothing
        findings: bucket ? [...bucket.findings] : [],
        who: bucket ? (bucket.lay ? "lay" : "professional") : "",
        inferred: bucket ? [...bucket.inferred] : []
      });
    }
  }
  return cells;
}

/** True when every finding of a non-empty cell links its actor or stage by inference. */
export function inferredOnly(c: Pick<ParticipationCell, "findings" | "inferred">): boolean {
  return c.findings.length > 0 && c.inferred.length === c.findings.length;
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
