/** Coder agreement as its page shows it (site/agreement.json): computed by loaders/agree/site.ts. */

export interface DimensionAgreement {
  dimension: string;
  name_id: string;
  name_en: string;
  /** Units (characters; a CRLF is one) over all sources. */
  units: number;
  both: number;
  /** Coded by the study's findings only. */
  onlyFirst: number;
  /** Coded by the second coder only. */
  onlySecond: number;
  neither: number;
  percent: number;
  kappa: number;
  /** Undefined (null) when all units fall in one category. */
  alpha: number | null;
}

export interface CoderAgreement {
  name: string;
  segments: number;
  dimensions: DimensionAgreement[];
  notes: string[];
}

export interface AgreementView {
  /** The first coder: the study's own findings. */
  first: string;
  coders: CoderAgreement[];
}
