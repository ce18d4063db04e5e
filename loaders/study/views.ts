/**
 * View models for the analysis pages (overview, one page per dimension, stages × actors,
 * recommendations). Each view carries the quoted statements it shows, with their locators,
 * so the components only render: no page or component re-derives anything from the tables.
 * Everything here is computed from the coded study.
 */
import { chains, inferredCodes, LAY_KINDS, participation, type ParticipationLevel } from "./derive.js";
import { countingRule, type EvidenceBasis } from "./evidence.js";
import type {
  Quote,
  Named,
  DimensionRef,
  Verdict,
  StudyHeader,
  DimensionCard,
  StageRow,
  OverviewView,
  StageTouch,
  ActorTouch,
  RecommendationActor,
  AnsweringRecommendation,
  SubcodeRef,
  DimensionView,
  MatrixCell,
  MatrixView,
  ChainLink,
  RecommendationView,
  StudyConclusion
} from "../../src/shared/model/views.js";
// The view types are defined once, in src/shared/model/views.ts; importers of the views take them from here too.
export type * from "../../src/shared/model/views.js";
import type { Study } from "./load.js";
import { lookup, quoteIndex, quoteOf, sourceNames, studyConclusion, type SourceNames } from "./quotes.js";
import type { Recommendation, Stage, Valence } from "./schema.js";

export { quoteIndex, quoteOf, sourceNames, studyConclusion, type SourceNames };

function dimensionRef(d: Study["dimensions"][number]): DimensionRef {
  return { id: d.id, order: d.order, name_id: d.name_id, name_en: d.name_en };
}

function named(x: { id: string; label_id: string; label_en: string }): Named {
  return { id: x.id, label_id: x.label_id, label_en: x.label_en };
}

function verdictOf(study: Study, dimension: string, index: Map<string, Quote>): Verdict | null {
  const a = study.assessments.find((x) => x.dimension === dimension);
  if (!a) return null;
  return { rating: a.rating, rating_text_id: a.rating_text_id, rating_text_en: a.rating_text_en, finding: index.get(a.finding) ?? null };
}

function cardOf(study: Study, d: Study["dimensions"][number], index: Map<string, Quote>): DimensionCard {
  const fs = study.findings.filter((f) => f.dimension === d.id).map((f) => quoteOf(f, sourceNames(study)));
  return {
    ...dimensionRef(d),
    verdict: verdictOf(study, d.id, index),
    strengths: fs.filter((f) => f.valence === "strength"),
    gaps: fs.filter((f) => f.valence === "gap"),
    neutral: fs.filter((f) => f.valence === "neutral")
  };
}

/**
 * The findings of each stage, in codebook stage order, by the one counting rule (evidence.ts):
 * those that count as co-production evidence split by valence, and those that do not — internal
 * work, links we inferred, restatements — listed apart.
 */
export function stageRows(study: Pick<Study, "stages" | "findings" | "meta" | "actors" | "inferred" | "restatements">): StageRow[] {
  const rule = countingRule(study);
  const qualifying = new Set(study.meta.conclusion?.qualification ?? []);
  return study.stages.map((s: Stage) => {
    const fs = study.findings.filter((f) => f.stages.includes(s.id));
    const basis = new Map(fs.map((f) => [f.id, rule.basis(f, s.id)]));
    const counted = (v: Valence) => fs.filter((f) => basis.get(f.id) === "counted" && f.valence === v).map((f) => f.id);
    const apart = (b: EvidenceBasis) => fs.filter((f) => basis.get(f.id) === b).map((f) => f.id);
    return {
      ...named(s),
      order: s.order,
      strengths: counted("strength"),
      gaps: counted("gap"),
      neutral: counted("neutral"),
      internal: apart("internal"),
      inferred: apart("inferred"),
      restatements: apart("restatement"),
      qualified: fs.some((f) => qualifying.has(f.id))
    };
  });
}

export function studyHeader(study: Study): StudyHeader {
  const m = study.meta;
  return {
    title_id: m.title_id,
    title_en: m.title_en,
    place_id: m.place_id,
    place_en: m.place_en,
    coding_level_id: m.coding_level_id,
    coding_level_en: m.coding_level_en,
    author: m.author,
    year: m.year === null ? null : String(m.year),
    institution: m.institution,
    framework: m.framework.citation,
    counts: {
      findings: study.findings.length,
      recommendations: study.recommendations.length,
      actors: study.actors.length,
      channels: study.channels.length,
      dimensions: study.dimensions.length
    }
  };
}

export function overviewView(study: Study): OverviewView {
  const index = quoteIndex(study);
  return {
    study: studyHeader(study),
    conclusion: studyConclusion(study, index),
    dimensions: study.dimensions.map((d) => cardOf(study, d, index)),
    stages: stageRows(study),
    crossCutting: study.findings.filter((f) => !f.dimension).map((f) => quoteOf(f, sourceNames(study)))
  };
}

/**
 * The recommendations that answer a dimension: those filed under it, and those that answer
 * one of its gaps. `answers` keeps the gaps of this dimension and of the study's qualification:
 * which findings a recommendation answers is our link, shown apart from the study's words.
 */
export function answeringRecommendations(study: Study, dimension: string, index = quoteIndex(study)): AnsweringRecommendation[] {
  const gaps = new Set(study.findings.filter((f) => f.dimension === dimension && f.valence === "gap").map((f) => f.id));
  const qualification = new Set(study.meta.conclusion?.qualification ?? []);
  return study.recommendations
    .filter((r) => r.dimension === dimension || r.answers.some((a) => gaps.has(a)))
    .map((r) => ({
      quote: quoteOf(r, sourceNames(study)),
      answers: lookup(index, r.answers.filter((a) => gaps.has(a) || qualification.has(a) || r.dimension === dimension)),
      actors: recommendationActors(study, r)
    }));
}

/** The study's own reading of a dimension (codebook/dimension-notes.csv), if it gives one. */
function noteOf(study: Pick<Study, "dimensionNotes">, dimension: string): DimensionView["note"] {
  const n = study.dimensionNotes?.find((x) => x.dimension === dimension);
  return n ? { note_id: n.note_id, note_en: n.note_en } : null;
}

export function dimensionViews(study: Study): DimensionView[] {
  const index = quoteIndex(study);
  return study.dimensions.map((d, i) => {
    const fs = study.findings.filter((f) => f.dimension === d.id);
    const previous = study.dimensions[i - 1];
    const next = study.dimensions[i + 1];
    return {
      ...cardOf(study, d, index),
      name_thesis_id: d.name_thesis_id,
      description_id: d.description_id,
      description_en: d.description_en,
      reference: d.reference,
      reference_id: d.reference_id ?? "",
      note: noteOf(study, d.id),
      subcodes: study.subcodes
        .filter((s) => s.dimension === d.id)
        .map((s) => ({ ...named(s), description_id: s.description_id, description_en: s.description_en })),
      actors: study.actors
        .map((a) => ({ ...named(a), kind: a.kind, findings: fs.filter((f) => f.actors.includes(a.id)).map((f) => f.id) }))
        .filter((a) => a.findings.length > 0),
      stages: study.stages.map((s) => ({
        ...named(s),
        order: s.order,
        findings: fs.filter((f) => f.stages.includes(s.id)).map((f) => f.id)
      })),
      stageRows: stageRows({ ...study, findings: fs }),
      recommendations: answeringRecommendations(study, d.id, index),
      previous: previous ? dimensionRef(previous) : null,
      next: next ? dimensionRef(next) : null
    };
  });
}

/** A recommendation's actors, each marked when the coder inferred it (inferred.csv). */
export function recommendationActors(study: Pick<Study, "actors" | "inferred">, r: Recommendation): RecommendationActor[] {
  const actors = new Map(study.actors.map((a) => [a.id, a]));
  const inferred = inferredCodes(study, "recommendations.csv").get(r.id);
  return r.actors.flatMap((a) => {
    const actor = actors.get(a);
    return actor ? [{ ...named(actor), inferred: inferred?.has(a) ?? false }] : [];
  });
}

export function matrixView(study: Study): MatrixView {
  const index = quoteIndex(study);
  const rows = stageRows(study);
  const cells = participation(study).map((c) => ({
    actor: c.actor,
    stage: c.stage,
    level: c.level,
    strengths: c.strengths,
    gaps: c.gaps,
    neutral: c.neutral,
    findings: lookup(index, c.findings),
    who: c.who,
    inferred: c.inferred,
    bases: c.bases
  }));
  const of = (stage: string, level: ParticipationLevel) => cells.filter((c) => c.stage === stage && c.level === level).map((c) => c.actor);
  return {
    actors: study.actors.map((a) => ({ ...named(a), kind: a.kind, lay: LAY_KINDS.includes(a.kind) })),
    stages: rows.map((s) => {
      const stage = study.stages.find((x) => x.id === s.id)!;
      return { id: s.id, label_id: s.label_id, label_en: s.label_en, order: s.order, qualified: s.qualified, description_id: stage.description_id, description_en: stage.description_en, reference: stage.reference };
    }),
    cells,
    qualification: studyConclusion(study, index)?.qualification ?? [],
    byStage: study.stages.map((s) => ({
      stage: s.id,
      gapsOnly: of(s.id, "gaps-only"),
      strengthsAndGaps: of(s.id, "strengths-and-gaps"),
      strengthsOnly: of(s.id, "strengths-only")
    }))
  };
}

export function recommendationViews(study: Study): RecommendationView[] {
  const index = quoteIndex(study);
  const dims = new Map(study.dimensions.map((d) => [d.id, dimensionRef(d)]));
  const all = chains(study);
  return study.recommendations.map((r) => ({
    quote: quoteOf(r, sourceNames(study)),
    dimension: dims.get(r.dimension) ?? null,
    actors: recommendationActors(study, r),
    chains: all
      .filter((c) => c.recommendation === r.id)
      .flatMap((c) => {
        const gap = index.get(c.gap);
        return gap ? [{ gap, context: lookup(index, c.context) }] : [];
      })
  }));
}
