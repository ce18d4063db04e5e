/**
 * The views the pages, the brief and the og:images show, as the browser receives them
 * (site/overview.json, dimensions.json, stages.json, recommendations.json): computed by
 * loaders/study/views.ts, drawn by src/components/. Each statement of the source travels as a
 * Quote, with both languages and its locator, so components only render.
 */
import type { LocatorFields } from "../locator.js";
import type { ActorKind, CellWho, EvidenceBasis, ParticipationLevel, Rating, Valence } from "./vocab.js";

/** A statement of the source as the site shows it: both languages and its locator. */
export interface Quote extends LocatorFields {
  id: string;
  kind: "finding" | "recommendation";
  /** The dimension id, or "" for a cross-cutting statement. */
  dimension: string;
  /** Findings only; recommendations carry none. */
  valence: Valence | null;
  text_id: string;
  text_en: string;
}

export interface Named {
  id: string;
  label_id: string;
  label_en: string;
}

export interface DimensionRef {
  id: string;
  order: number;
  name_id: string;
  name_en: string;
}

export interface Verdict {
  rating: Rating;
  rating_text_id: string;
  rating_text_en: string;
  /** The finding that states the verdict. */
  finding: Quote | null;
}

export interface StudyHeader {
  title_id: string;
  title_en: string;
  place_id: string;
  place_en: string;
  coding_level_id: string;
  coding_level_en: string;
  author: string | null;
  year: string | null;
  institution: string | null;
  framework: string;
  counts: { findings: number; recommendations: number; actors: number; channels: number; dimensions: number };
}

export interface DimensionCard extends DimensionRef {
  verdict: Verdict | null;
  strengths: Quote[];
  gaps: Quote[];
  neutral: Quote[];
}

export interface StageRow extends Named {
  order: number;
  strengths: string[];
  gaps: string[];
  neutral: string[];
  /** Findings tagged with this stage that do not count (the counting rule): internal work, links we inferred, restatements. */
  internal: string[];
  inferred: string[];
  restatements: string[];
  /** True when a finding of the study's own qualification of its conclusion is tagged with this stage (our coding of it). */
  qualified: boolean;
}

/** The study's own overall conclusion, in its words: the findings that state it and those that qualify it. */
export interface StudyConclusion {
  findings: Quote[];
  qualification: Quote[];
}

export interface OverviewView {
  study: StudyHeader;
  /** What the study itself concludes (study.json `conclusion`), or null when it names no findings for it. */
  conclusion: StudyConclusion | null;
  dimensions: DimensionCard[];
  stages: StageRow[];
  /** Cross-cutting statements (no dimension), in source order. */
  crossCutting: Quote[];
}

export interface StageTouch extends Named {
  order: number;
  findings: string[];
}

export interface ActorTouch extends Named {
  kind: ActorKind;
  findings: string[];
}

/** An actor a recommendation names, or one the coder inferred (an organiser the text does not name). */
export interface RecommendationActor extends Named {
  inferred: boolean;
}

export interface AnsweringRecommendation {
  quote: Quote;
  /** The gaps of this dimension (or of the study's qualification) it answers: our link, not the study's. */
  answers: Quote[];
  actors: RecommendationActor[];
}

/** A sub-code of the codebook, with what it captures. */
export interface SubcodeRef extends Named {
  description_id: string;
  description_en: string;
}

export interface DimensionView extends DimensionCard {
  name_thesis_id: string;
  description_id: string;
  description_en: string;
  reference: string;
  /** The reference in Indonesian; "" when the codebook gives none (the Indonesian pages then show `reference`). */
  reference_id: string;
  /** The codebook's sub-codes of this dimension. */
  subcodes: SubcodeRef[];
  /** This study's own reading of the dimension (codebook/dimension-notes.csv), ours, shown on its own site only. */
  note: { note_id: string; note_en: string } | null;
  actors: ActorTouch[];
  /** Every stage of the codebook, in order; `findings` is empty where the dimension does not touch it. */
  stages: StageTouch[];
  /** The dimension's findings per stage, split by valence (the stage chart of its og:image). */
  stageRows: StageRow[];
  recommendations: AnsweringRecommendation[];
  previous: DimensionRef | null;
  next: DimensionRef | null;
}

/** An actor × stage cell, its findings given as `F` (ids where it is computed, quotes where it is shown). */
export interface CellOf<F> {
  actor: string;
  stage: string;
  level: ParticipationLevel;
  /** The cell's findings that count (the counting rule, loaders/study/evidence.ts), by valence. */
  strengths: number;
  gaps: number;
  neutral: number;
  /** Every finding that names both the actor and the stage, counted or not. */
  findings: F[];
  /** "lay" when a finding of the cell names a lay actor, "professional" when they name only government or professional actors. */
  who: CellWho;
  /** Ids of the cell's findings whose link to this actor or this stage is the coder's inference (inferred.csv). */
  inferred: string[];
  /** Each finding's basis in this cell: counted, internal, inferred or restatement. */
  bases: Record<string, EvidenceBasis>;
}

export type MatrixCell = CellOf<Quote>;

export interface MatrixView {
  /** `lay`: a citizen, service user or volunteer (actor kinds in LAY_KINDS). */
  actors: (Named & { kind: ActorKind; lay: boolean })[];
  /** The codebook's stages, with what each means and where the frame comes from. */
  stages: (Named & { order: number; qualified: boolean; description_id: string; description_en: string; reference: string })[];
  /** actors × stages, actor-major in the order of `actors` and `stages`. */
  cells: MatrixCell[];
  /** The study's qualification of its own conclusion (its findings), when it states one. */
  qualification: Quote[];
  /** Per stage: the actors whose findings there are gaps only, strengths and gaps, strengths only. */
  byStage: { stage: string; gapsOnly: string[]; strengthsAndGaps: string[]; strengthsOnly: string[] }[];
}

export interface ChainLink {
  gap: Quote;
  /** Strength or neutral findings of the gap's dimension: the context the gap sits in. */
  context: Quote[];
}

export interface RecommendationView {
  quote: Quote;
  dimension: DimensionRef | null;
  actors: RecommendationActor[];
  chains: ChainLink[];
}
