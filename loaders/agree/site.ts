/**
 * Coder agreement for the site: reads a study folder's second coders (`coders/<name>.csv`,
 * docs/study-format.md) and shapes `studyAgreement` (coder-file.ts) into the agreement page's
 * view: per coder, per dimension, the cross table of units, percentage agreement, Cohen's kappa
 * and Krippendorff's alpha. A study without a coders/ folder has no coders and no agreement page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DataError, type Problem } from "../errors.js";
import type { Study } from "../study/load.js";
import type { AgreementView, CoderAgreement, DimensionAgreement } from "../../src/shared/model/agreement.js";
export type { AgreementView, CoderAgreement, DimensionAgreement };
import { CODERS_DIR, coderName, parseCoderCsv, studyAgreement, type CoderSegment } from "./coder-file.js";

export interface Coder {
  name: string;
  segments: CoderSegment[];
}

/** The coder files of a study folder (`coders/*.csv`), sorted by name; none when there is no coders/ folder. */
export function coderFiles(dir: string): string[] {
  const folder = join(dir, CODERS_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /\.csv$/i.test(f))
    .sort();
}

/** Reads every coder file; all problems of all files together as one DataError. */
export function readCoders(dir: string, study: Pick<Study, "sources" | "dimensions">): Coder[] {
  const problems: Problem[] = [];
  const coders: Coder[] = [];
  for (const file of coderFiles(dir)) {
    const path = `${CODERS_DIR}/${file}`;
    try {
      coders.push({ name: coderName(file), segments: parseCoderCsv(readFileSync(join(dir, path), "utf-8"), path, study) });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new DataError(problems);
  return coders;
}




/** Per coder and dimension: the figures the agreement page shows. */
export function agreementView(study: Pick<Study, "sources" | "dimensions" | "findings">, coders: readonly Coder[]): AgreementView {
  const first = "findings.csv";
  return {
    first,
    coders: coders.map((coder) => {
      const result = studyAgreement(study, coder, first);
      return {
        name: coder.name,
        segments: coder.segments.length,
        notes: result.notes,
        dimensions: result.byDimension.map(({ dimension, overall }) => {
          const d = study.dimensions.find((x) => x.id === dimension)!;
          const t = overall.table;
          return {
            dimension,
            name_id: d.name_id,
            name_en: d.name_en,
            units: t.both + t.onlyA + t.onlyB + t.neither,
            both: t.both,
            onlyFirst: t.onlyA,
            onlySecond: t.onlyB,
            neither: t.neither,
            percent: overall.percent,
            kappa: overall.kappa,
            alpha: overall.alpha
          };
        })
      };
    })
  };
}
