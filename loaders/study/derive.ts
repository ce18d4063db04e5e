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
  const cells: ParticipationCell[] = [];
  for (const actor of study.actors) {
    for (const stage of study.stages) {
      const matching = study.findings.filter((f) => f.actors.includes(actor.id) && f.stages.includes(stage.id));
      const counts: Record<Valence, number> = { strength: 0, gap: 0, neutral: 0 };
      for (const f of matching) counts[f.valence]++;
      cells.push({
        actor: actor.id,
        stage: stage.id,
        level: levelOf(counts),
        strengths: counts.strength,
        gaps: counts.gap,
        neutral: counts.neutral,
        findings: matching.map((f) => f.id)
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
  return study.dimensions.map((d) => {
    const fs = study.findings.filter((f) => f.dimension === d.id);
    const count = (v: Valence) => fs.filter((f) => f.valence === v).length;
    const uniq = (xs: string[]) => [...new Set(xs)];
    return {
      dimension: d.id,
      order: d.order,
      rating: study.assessments.find((a) => a.dimension === d.id)?.rating ?? null,
      strengths: count("strength"),
      gaps: count("gap"),
      neutral: count("neutral"),
      findings: fs.map((f) => f.id),
      recommendations: study.recommendations.filter((r) => r.dimension === d.id).map((r) => r.id),
      actors: uniq(fs.flatMap((f) => f.actors)),
      stages: uniq(fs.flatMap((f) => f.stages))
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
