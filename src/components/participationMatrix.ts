/**
 * The stages × actors matrix: one button per cell showing its participation level by colour,
 * symbol and word; choosing a cell (click, or Tab and Enter/Space; arrow keys move between
 * cells) shows the findings that explain it, quoted with their locators, in a live region.
 * Stages are in codebook order; the stages our coding ties to the study's qualification are
 * marked ◆ and the actors with gap findings and no strength there are named in a caption. Levels
 * name what they count, by the one counting rule (loaders/study/evidence.ts): a cell whose findings
 * name no lay actor is internal work (‡), one whose only link is our inference is "not stated in
 * the text" (†, the inference on demand), one of restatements only is said so. The whole matrix is
 * our analysis and is marked as such. A table alternative follows.
 */
import { countText, pick, t, type Lang, tw, type SourceKind } from "../shared/i18n/index.js";
import type { MatrixCell, MatrixView } from "../shared/model/views.js";
import { INFERRED_MARK } from "../shared/inferred.js";
import { el, quoteList, tableAlt, tf, type LinkOptions } from "./evidence.js";
import { ours } from "./voice.js";

export const LEVEL_SYMBOL: Record<MatrixCell["level"], string> = {
  "strengths-only": "●",
  "strengths-and-gaps": "◐",
  "gaps-only": "○",
  "neutral-only": "◇",
  "internal-only": "‡",
  "not-stated": "†",
  "restated-only": "↺",
  "no-finding": "·"
};

/** The cell's findings name only government or professional actors: internal work, not co-production with lay actors. */
export function professionalOnly(c: Pick<MatrixCell, "level">): boolean {
  return c.level === "internal-only";
}

/** No finding states the cell's link: only our inference does ("not stated in the text"). */
export function inferredOnly(c: Pick<MatrixCell, "level">): boolean {
  return c.level === "not-stated";
}

export const PROFESSIONAL_MARK = "‡";
export { INFERRED_MARK };

function levelText(lang: Lang, c: MatrixCell): string {
  return `${LEVEL_SYMBOL[c.level]} ${t(lang, `stages.level.${c.level}`)}`;
}

/** How many of a cell's findings count, and the others with their reason (our coding, on demand). */
function basesLine(lang: Lang, c: MatrixCell): HTMLElement | null {
  const by = (b: string) => c.findings.filter((q) => c.bases[q.id] === b).map((q) => q.id);
  const parts = (["internal", "inferred", "restatement"] as const).flatMap((b) => (by(b).length ? [`${t(lang, `stages.basis.${b}`)}: ${by(b).join(", ")}`] : []));
  return parts.length ? el("p", { class: "help cell-bases" }, `${t(lang, "stages.notCounted")} ${parts.join("; ")}.`) : null;
}

/** The sentence under the matrix: who has gap findings and no strength at the stages our coding ties to the study's qualification. */
export function planningGapSentence(view: MatrixView, lang: Lang): string | null {
  if (!view.qualification.length) return null;
  const central = view.stages.filter((s) => s.qualified);
  if (!central.length) return null;
  const gapsOnly = [...new Set(view.byStage.filter((b) => central.some((s) => s.id === b.stage)).flatMap((b) => b.gapsOnly))];
  const label = new Map(view.actors.map((a) => [a.id, pick(lang, a, "label")]));
  if (!gapsOnly.length) return t(lang, "stages.summaryNone");
  return tf(lang, "stages.summary", {
    stages: central.map((s) => pick(lang, s, "label")).join(", "),
    actors: gapsOnly.map((a) => label.get(a) ?? a).join(", ")
  });
}

export function participationMatrix(view: MatrixView, options: LinkOptions & { kind?: SourceKind }): HTMLElement {
  const { lang, root = "./" } = options;
  const cellOf = new Map(view.cells.map((c) => [`${c.actor}\u0000${c.stage}`, c]));
  const actorLabel = new Map(view.actors.map((a) => [a.id, pick(lang, a, "label")]));
  const stageLabel = new Map(view.stages.map((s) => [s.id, pick(lang, s, "label")]));
  const detail = el("div", { class: "cell-detail card", "aria-live": "polite", id: "cell-detail" }, el("p", { class: "help" }, t(lang, "stages.prompt")));
  const buttons: HTMLButtonElement[][] = [];

  function show(c: MatrixCell, button: HTMLButtonElement): void {
    for (const b of buttons.flat()) b.setAttribute("aria-pressed", String(b === button));
    const title = tf(lang, "stages.cellTitle", { actor: actorLabel.get(c.actor) ?? c.actor, stage: stageLabel.get(c.stage) ?? c.stage, level: t(lang, `stages.level.${c.level}`) });
    detail.replaceChildren(
      ...[
      el("h3", {}, `${LEVEL_SYMBOL[c.level]} ${title}`),
      el("p", { class: "help" }, `${[countText(lang, "strength", c.strengths), countText(lang, "gap", c.gaps), countText(lang, "neutral", c.neutral)].join(", ")} — ${t(lang, `stages.levelHelp.${c.level}`)}`),
      basesLine(lang, c),
      c.inferred.length ? el("details", { class: "help inference" }, el("summary", {}, `${INFERRED_MARK} ${t(lang, "stages.inferenceOnDemand")}`), el("p", {}, tf(lang, "stages.inferredIds", { ids: c.inferred.join(", ") }))) : null,
      quoteList(c.findings, { lang, root, empty: t(lang, "stages.cellNone") })
      ].filter((n): n is HTMLElement => n !== null)
    );
    detail.setAttribute("data-showing", `${c.actor}|${c.stage}`);
  }

  function move(row: number, col: number): void {
    const b = buttons[Math.max(0, Math.min(buttons.length - 1, row))]?.[Math.max(0, Math.min(view.stages.length - 1, col))];
    b?.focus();
  }

  const table = el(
    "table",
    { class: "matrix", "aria-describedby": "matrix-caption" },
    el("caption", { id: "matrix-caption", class: "help" }, t(lang, "stages.chartAlt")),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, `${t(lang, "stages.actor")} ↓ · ${t(lang, "stages.stage")} →`),
        view.stages.map((s) =>
          el(
            "th",
            { scope: "col", class: s.qualified ? "central" : null, "data-stage": s.id },
            pick(lang, s, "label"),
            s.qualified && view.qualification.length ? [el("br", {}), el("small", {}, tf(lang, "stages.central", { id: view.qualification.map((q) => q.id).join(", ") }))] : null
          )
        )
      )
    ),
    el(
      "tbody",
      {},
      view.actors.map((a, row) => {
        const rowButtons: HTMLButtonElement[] = [];
        buttons.push(rowButtons);
        return el(
          "tr",
          { "data-actor": a.id, "data-lay": String(a.lay) },
          el("th", { scope: "row" }, pick(lang, a, "label")),
          view.stages.map((s, col) => {
            const c = cellOf.get(`${a.id}\u0000${s.id}`);
            if (!c) return el("td", {});
            const label = `${tf(lang, "stages.cellTitle", { actor: pick(lang, a, "label"), stage: pick(lang, s, "label"), level: t(lang, `stages.level.${c.level}`) })} (${countText(lang, "finding", c.findings.length)})`;
            const button = el(
              "button",
              {
                type: "button",
                class: `cell level-${c.level}`,
                "data-cell": `${c.actor}|${c.stage}`,
                "data-level": c.level,
                "data-who": c.who,
                "data-inferred-only": String(inferredOnly(c)),
                "data-counted": String(Object.values(c.bases).filter((b) => b === "counted").length),
                "aria-pressed": "false",
                "aria-controls": "cell-detail",
                "aria-label": label,
                title: label,
                onclick: () => show(c, button),
                onkeydown: (e: Event) => {
                  const k = (e as KeyboardEvent).key;
                  const d = k === "ArrowRight" ? [0, 1] : k === "ArrowLeft" ? [0, -1] : k === "ArrowDown" ? [1, 0] : k === "ArrowUp" ? [-1, 0] : null;
                  if (d) {
                    e.preventDefault();
                    move(row + d[0]!, col + d[1]!);
                  }
                }
              },
              // Shown only in the phone form, where each actor's row becomes a card of its stages.
              el("span", { class: "cell-stage", "aria-hidden": "true" }, pick(lang, s, "label")),
              levelText(lang, c),
              c.findings.length ? el("span", { class: "cell-count" }, ` (${c.findings.length})`) : null
            );
            rowButtons.push(button);
            return el("td", {}, button);
          })
        );
      })
    )
  );

  const legend = el(
    "ul",
    { class: "legend-list", "aria-label": t(lang, "stages.legend") },
    (Object.keys(LEVEL_SYMBOL) as MatrixCell["level"][]).map((l) =>
      el("li", {}, el("span", { class: `swatch level-${l}` }, LEVEL_SYMBOL[l]), el("strong", {}, t(lang, `stages.level.${l}`)), `: ${t(lang, `stages.levelHelp.${l}`)}`)
    )
  );

  const sentence = planningGapSentence(view, lang);
  const alt = tableAlt(
    lang,
    (["stages.actor", "stages.stage", "stages.level", "stages.findings"] as const).map((k) => t(lang, k)),
    view.cells.map((c) =>
      el(
        "tr",
        { "data-row": `${c.actor}|${c.stage}` },
        el("td", {}, actorLabel.get(c.actor) ?? c.actor),
        el("td", {}, stageLabel.get(c.stage) ?? c.stage),
        el("td", {}, levelText(lang, c)),
        el("td", {}, c.findings.flatMap((q, i) => [i ? ", " : "", el("a", { href: `${root}explorer?id=${encodeURIComponent(q.id)}` }, q.id)]))
      )
    )
  );

  return ours(
    lang,
    { text: tw(lang, "stages.method", options.kind) },
    el(
      "figure",
      { class: "analysis-figure participation" },
      el("h2", {}, t(lang, "stages.chartTitle")),
      el("p", { class: "help coding-basis" }, tw(lang, "stages.basis", options.kind)),
      sentence ? el("p", { class: "gloss planning-gap" }, sentence) : null,
      legend,
      el("div", { style: "overflow-x:auto" }, table),
      detail,
      alt
    )
  );
}
