/**
 * Views computed from the coded study, never typed in by hand: the participation table
 * (actor × stage), per-dimension summaries and the finding → gap → recommendation chains.
 */
import type { Study } from "./load.js";
import type { Finding, Rating, Valence } from "./schema.js";

export const PARTICIPATION_LEVELS = ["active", "partial", "absent", "no-evidence"] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export interface ParticipationCell {
  actor: string;
  stage: string;
  level: ParticipationLevel;
  strengths: number;
  gaps: number;
  neutral: number;
  /** Every finding that names both the actor and the stage. */
  findings: string[];
}

/**
 * A cell is `active` when only strength or neutral findings speak of the actor at that
 * stage, `partial` when strengths and gaps both do, `absent` when only gaps do, and
 * `no-evidence` when no finding does.
 */
export function levelOf(counts: Record<Valence, number>): ParticipationLevel {
  const positive = counts.strength + counts.neutral;
  if (positive && counts.gap) return "partial";
  if (counts.gap) return "absent";
  if (positive) return "active";
  return "no-evidence";
}

export function participation(study: Pick<Study, "actors" | "stages" | "findings">): ParticipationCell[] {
  // One pass over the findings (in order) instead of one per cell: each finding is added to
  // the bucket of every (actor, stage) pair it names, once however often it names them.
  interface Bucket {
    counts: Record<Valence, number>;
    findings: string[];
  }
  const byActorStage = new Map<string, Map<string, Bucket>>();
  for (const f of study.findings) {
    const { actors, stages } = f;
    for (let a = 0; a < actors.length; a++) {
      const actor = actors[a]!;
      if (actors.indexOf(actor) !== a) continue;
      let byStage = byActorStage.get(actor);
      if (!byStage) byActorStage.set(actor, (byStage = new Map()));
      for (let s = 0; s < stages.length; s++) {
        const stage = stages[s]!;
        if (stages.indexOf(stage) !== s) continue;
        let bucket = byStage.get(stage);
        if (!bucket) byStage.set(stage, (bucket = { counts: { strength: 0, gap: 0, neutral: 0 }, findings: [] }));
        bucket.counts[f.valence]++;
        bucket.findings.push(f.id);
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
        // a copy: an actor or stage listed twice in the study gets cells that share nothing
        findings: bucket ? [...bucket.findings] : []
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
