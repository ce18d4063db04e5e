/**
 * The site's colours, defined once: the valence of a coded segment (strength, gap, neutral) and
 * the recommendation colour. Pages, components and the build-time brief charts all read these.
 */
export const VALENCE_COLOR: Readonly<Record<string, string>> = { strength: "#1b7837", gap: "#b2182b", neutral: "#6b6b6b" };
/** The second cue besides colour: a symbol per valence. */
export const VALENCE_SYMBOL: Readonly<Record<string, string>> = { strength: "+", gap: "−", neutral: "○" };
export const RECOMMENDATION_COLOR = "#2c5d8a";
