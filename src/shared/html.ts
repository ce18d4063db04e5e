/** HTML escaping for text written into markup as strings (page heads, the static brief). */

/** `s` safe as HTML text or a quoted attribute value: & < > " ' become character references. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `s` safe as text in a page Framework reads as Markdown (the brief, the root page, any page a
 * loader writes): HTML's five, and every character Markdown or Framework gives a meaning to (a `$`
 * would open a `${…}` expression, `[`…`](…)` a link, `*` emphasis…), become character references,
 * which Markdown shows as the characters themselves; a line break becomes a space, so no text
 * ends a block or starts a list. Usable in attribute values too.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, " ").replace(/[&<>"'$`\\*_[\](){}#!|~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A link target a study text may give: only an http: or https: address survives; anything else
 * (`javascript:`, `data:`, a relative path) is undefined, and the caller shows the text unlinked.
 */
export function safeUrl(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  try {
    const url = new URL(s.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * HTML (already escaped, or drawn by a component) made inert for a page Framework reads as
 * Markdown: a `$` becomes its character reference (Framework would read `${…}` as an
 * expression) and line breaks become spaces (a blank line would end the HTML block). SVG and the
 * components' HTML do not depend on either.
 */
export function inertHtml(html: string): string {
  return html.replace(/\$/g, "&#36;").replace(/\r?\n/g, " ");
}
