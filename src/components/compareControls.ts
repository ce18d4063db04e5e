/**
 * The Compare cases page's controls: which variable (or the cases) to compare by, a native
 * <select>, and whether to show row or column percentages, a radio group. Native elements (not
 * Inputs) so the page policy needs no inline handler; each change is reported, not kept here.
 */
import { t, type Lang } from "../shared/i18n/index.js";
import type { CompareView } from "../shared/model/compare.js";
import { el } from "./dom.js";
import { PERCENTS, matrixKey, matrixLabel, type Percent } from "./compareMatrix.js";
import type { CompareState } from "./compareState.js";

export interface CompareControlsOptions {
  lang: Lang;
  initial: CompareState;
  onChange: (change: Partial<CompareState>) => void;
}

export function compareControls(view: CompareView, { lang, initial, onChange }: CompareControlsOptions): HTMLFormElement {
  const select = el(
    "select",
    { id: "compare-by", name: "by" },
    view.matrices.map((m) => el("option", { value: matrixKey(m), selected: matrixKey(m) === initial.by }, matrixLabel(m, lang)))
  );
  select.addEventListener("change", () => onChange({ by: select.value, cell: null }));
  const radio = (value: Percent) => {
    const input = el("input", { type: "radio", name: "pct", value, checked: value === initial.percent });
    input.addEventListener("change", () => input.checked && onChange({ percent: value }));
    return el("label", { class: "compare-radio" }, input, ` ${t(lang, `compare.percent.${value}`)}`);
  };
  const form = el(
    "form",
    { class: "compare-controls" },
    el("label", { for: "compare-by" }, `${t(lang, "compare.by")} `),
    select,
    el("fieldset", {}, el("legend", {}, t(lang, "compare.percent")), PERCENTS.map(radio))
  );
  form.addEventListener("submit", (e) => e.preventDefault());
  return form;
}
