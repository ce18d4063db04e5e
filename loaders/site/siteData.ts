/**
 * Everything the site is made of, computed from one reading of the study folder: the study is
 * read and checked once (loadStudy), its public figures and second coders once, and every view
 * the pages, the brief, the og:images, the search index and the downloads show is computed here
 * from that one result (the views themselves are computed in loaders/study/views.ts, derive.ts,
 * document.ts and agree/site.ts; nothing downstream counts again). The build keeps the result as
 * one content-hashed artifact (loaders/site/artifact.ts) that every data loader, page loader,
 * the config and the post-build steps read.
 */
import { agreementView, readCoders, type AgreementView } from "../agree/site.js";
import { metricsBundle, type MetricsBundle } from "../metrics/bundle.js";
import { loadMetrics } from "../metrics/load.js";
import { loadBriefFigures, loadMetricsText, type BriefFigures } from "../metrics/text.js";
import { studyBundle, type StudyBundle } from "../study/bundle.js";
import { compareView } from "../study/compareView.js";
import type { CompareView } from "../../src/shared/model/compare.js";
import { dataPackage } from "../study/datapackage.js";
import { documentViews, type DocumentData } from "../study/document.js";
import { loadStudy, type Study } from "../study/load.js";
import { siteText, type SiteText } from "../study/site.js";
import { SQL_TABLE_NAMES, sqlRows, type SqlTableName } from "../study/sqlTables.js";
import { dimensionViews, matrixView, overviewView, recommendationViews, type DimensionView, type MatrixView, type OverviewView, type RecommendationView } from "../study/views.js";
import type { SiteShape } from "../../src/shared/routes.js";
import { hasMetrics, metricsDir, studyDir } from "./env.js";
import { searchEntries, type SearchEntry } from "./search.js";
import { siteShape } from "./shape.js";

/** The named datasets the pages load (src/data/site.zip.ts writes each as `site/<name>.json`). */
export interface SiteDatasets {
  site: SiteText;
  study: StudyBundle;
  overview: OverviewView;
  dimensions: DimensionView[];
  stages: MatrixView;
  recommendations: RecommendationView[];
  documents: DocumentData[];
  agreement: AgreementView;
  /** The Compare cases page's matrices; null for a study without cases (it has no such page). */
  compare: CompareView | null;
  metrics: MetricsBundle;
  /** The Frictionless descriptor of the data package. */
  datapackage: unknown;
}

export interface SiteData {
  /** The study folder it was read from. */
  dir: string;
  shape: SiteShape;
  datasets: SiteDatasets;
  /** The brief's choice of public figures (metrics/brief.json), null without one. */
  briefFigures: BriefFigures | null;
  /** The rows of each table of the explorer's SQL cell. */
  sql: Record<SqlTableName, readonly object[]>;
  search: SearchEntry[];
  /** The study as read (sources included), for the downloads. */
  study: Study;
  /** What was read besides the study, for the build's log. */
  notes: string[];
}

/** An empty bundle for a study without public figures. */
const NO_FIGURES: MetricsBundle = { indicators: [], observations: [], conflicts: [], links: [], related: {}, dropped: [], text: null };

/** The study's public figures, checked against its own dimensions; none when it has none. */
function figures(study: Study, env: NodeJS.ProcessEnv, notes: string[]): { bundle: MetricsBundle; brief: BriefFigures | null } {
  if (!hasMetrics(env)) return { bundle: NO_FIGURES, brief: null };
  const dir = metricsDir(env);
  const metrics = loadMetrics(dir, { study });
  const text = loadMetricsText(dir) ?? null;
  if (!text) notes.push("metrics: no metrics/text.json: the metrics page's prose and chart titles are empty (docs/metrics-data.md)");
  notes.push(`metrics: ${metrics.observations.length} observations, ${metrics.sources.length} sources, ${metrics.conflicts.length} conflict groups`);
  return { bundle: metricsBundle(metrics, text), brief: loadBriefFigures(dir) ?? null };
}

/** Reads the study folder once (STUDY=…, default data/study) and computes everything the site shows. Throws a DataError on bad input. */
export function buildSiteData(env: NodeJS.ProcessEnv = process.env): SiteData {
  const dir = studyDir(env);
  const study = loadStudy(dir);
  const notes: string[] = [];
  const shape = siteShape(study, dir, env);
  const { bundle, brief } = figures(study, env, notes);
  const coders = readCoders(dir, study);
  const descriptor = dataPackage(study).find((f) => f.path === "datapackage.json")!.content;
  const datasets: SiteDatasets = {
    site: siteText(study, shape.metrics),
    study: studyBundle(study),
    overview: overviewView(study),
    dimensions: dimensionViews(study),
    stages: matrixView(study),
    recommendations: recommendationViews(study),
    documents: documentViews(study, coders),
    agreement: agreementView(study, coders),
    compare: compareView(study),
    metrics: bundle,
    datapackage: JSON.parse(descriptor) as unknown
  };
  const sql = Object.fromEntries(SQL_TABLE_NAMES.map((name) => [name, sqlRows(study, name)])) as SiteData["sql"];
  return { dir, shape, datasets, briefFigures: brief, sql, search: searchEntries(study, shape), study, notes };
}
