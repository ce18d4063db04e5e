/** HTML escaping for text written into markup as strings (page heads, the static brief). */

/** `s` safe as HTML text or a quoted attribute value: & < > " ' become character references. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
