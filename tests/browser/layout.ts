/**
 * What a page looks like as rendered, measured in the page (pass `measure` to page.evaluate):
 * sideways overflow, and SVG text smaller than 10 px or outside its SVG's box.
 */

export interface Layout {
  overflow: number;
  small: string[];
  outside: string[];
}

/** Measures the page as rendered: sideways overflow, SVG text smaller than 10 px or outside its SVG. */
export function measure(): Layout {
  const doc = document.documentElement;
  const overflow = doc.scrollWidth - doc.clientWidth;
  const small: string[] = [];
  const outside: string[] = [];
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (e as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true }) !== false;
  };
  for (const text of document.querySelectorAll<SVGTextElement>("svg text")) {
    if (!text.textContent?.trim() || !visible(text)) continue;
    const svg = text.ownerSVGElement;
    if (!svg || !visible(svg)) continue;
    const m = text.getScreenCTM();
    const scale = m ? Math.hypot(m.a, m.b) : 1;
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    const name = `${svg.closest("figure,[class]")?.getAttribute("class") || "svg"}: "${text.textContent.trim().slice(0, 40)}"`;
    if (size < 9.95) small.push(`${name} ${size.toFixed(1)}px`);
    const t = text.getBoundingClientRect();
    const b = svg.getBoundingClientRect();
    if (t.left < b.left - 1 || t.right > b.right + 1 || t.top < b.top - 1 || t.bottom > b.bottom + 1) outside.push(name);
  }
  return { overflow, small, outside };
}
