/**
 * Bar charts laid out again for narrow screens rather than scaled down: each row's label gets
 * its own lines above its bar, so the bars keep the full width and no margin is wider than the
 * screen. Shared by the browser charts and the brief's build-time SVG. Offsets are from the
 * band's centre (the y scale needs `padding: 0`, so a band is the whole row).
 */

/** Charts narrower than this put their labels above the bars. */
export const NARROW_WIDTH = 560;

export interface BarRow {
  /** Height of one row: label lines, bar and gap. */
  height: number;
  /** Bar insets within the row. */
  insetTop: number;
  insetBottom: number;
  /** `dy` of the label (with `lineAnchor: "top"`) and of text centred on the bar. */
  labelTop: number;
  barCenter: number;
  /** Plot's `lineWidth` (in ems) that wraps a label to the chart's width. */
  lineWidth: number;
}

/**
 * The row for labels at `fontSize` in a chart `width` wide. Label width is estimated at 0.6 em
 * per character (a generous average for the sans-serif stack), so a wrapped label never runs
 * into its bar.
 */
export function barRow(labels: readonly string[], width: number, { bar = 22, fontSize = 12, inset = 16 } = {}): BarRow {
  // Plot wraps by its own estimate of glyph widths, which runs narrower than real fonts: leave 15 % spare.
  const lineWidth = Math.max(8, ((width - inset) / fontSize) * 0.85);
  const lines = Math.max(1, ...labels.map((l) => wrappedLines(l, lineWidth)));
  const lineHeight = Math.ceil(fontSize * 1.25);
  const insetTop = 4 + lineHeight * lines;
  const insetBottom = 8;
  const height = insetTop + bar + insetBottom;
  return { height, insetTop, insetBottom, labelTop: -height / 2 + 3, barCenter: -height / 2 + insetTop + bar / 2, lineWidth };
}

/** How many lines `label` takes when wrapped at word breaks to `ems` (0.6 em per character). */
export function wrappedLines(label: string, ems: number): number {
  const room = Math.max(1, Math.floor(ems / 0.6));
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used && used + 1 + len > room) {
      lines++;
      used = len;
    } else used += (used ? 1 : 0) + len;
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}
