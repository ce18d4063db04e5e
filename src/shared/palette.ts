/**
 * The site's colours, defined once: the valence of a coded segment (strength, gap, neutral) and
 * the recommendation colour. Pages, components and the build-time brief charts all read these.
 */
export const VALENCE_COLOR: Readonly<Record<string, string>> = { strength: "#1b7837", gap: "#b2182b", neutral: "#6b6b6b" };
/** The second cue besides colour: a symbol per valence. */
export const VALENCE_SYMBOL: Readonly<Record<string, string>> = { strength: "+", gap: "−", neutral: "○" };
export const RECOMMENDATION_COLOR = "#2c5d8a";
/**
 * Dimension colours for the document view, by the dimension's place in the codebook order
 * (a categorical scheme after Okabe and Ito, without its yellow, which fails 3:1 on white;
 * past ten dimensions the colours repeat and the number cue tells them apart).
 */
export const DIMENSION_COLORS: readonly string[] = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#8c6d1f", "#6a3d9a", "#b15928", "#1b9e77"];
/** A cross-cutting statement (no dimension). */
export const CROSS_CUTTING_COLOR = "#6b6b6b";
/** The colour of the dimension at `index` (0-based, in codebook order). */
export function dimensionColor(index: number): string {
  return index < 0 ? CROSS_CUTTING_COLOR : DIMENSION_COLORS[index % DIMENSION_COLORS.length]!;
}
