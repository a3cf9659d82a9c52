/**
 * Escaping for the three places report text goes: HTML text/attributes, inline <script> code, and
 * JSON data islands. Reference: HTML Living Standard §4.12.1.3 "Restrictions for contents of
 * script elements" (a script ends at the first `</script`, case-insensitive; `<!--` opens an
 * escape state).
 */

/** Escape text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Make JavaScript source safe inside an inline <script>: `</script` becomes `<\/script` and `<!--`
 * becomes `<\!--` (both are the same string or regex in JS wherever they can legally appear).
 */
export function escapeScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON for a `<script type="application/json">` island: every `<` written as \u003c (still valid JSON). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
