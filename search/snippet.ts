// Snippets: a short excerpt of a unit's text with the matched words in <mark>. Everything outside the
// marks is HTML-escaped, so a snippet is always safe to show, whoever renders it.
export const MARK_OPEN = "<mark>";
export const MARK_CLOSE = "</mark>";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Re-escapes text that an engine returned with raw <mark> tags around matches. */
export function sanitizeMarked(marked: string): string {
  return marked
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === MARK_OPEN || part === MARK_CLOSE ? part : escapeHtml(part)))
    .join("");
}

/** Splits a snippet into plain text and marked parts, for rendering as React elements. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === MARK_OPEN) marked = true;
    else if (piece === MARK_CLOSE) marked = false;
    else if (piece) parts.push({ text: unescape(piece), marked });
  }
  return parts;
}

/**
 * An excerpt of about `length` characters around the densest cluster of terms, with each term marked.
 * Used by the embedded engine; Meilisearch crops and highlights itself.
 */
export function makeSnippet(text: string, terms: string[], length = 90): string {
  const words = [...new Set(terms.filter((t) => t.trim().length > 0))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const positions = words.flatMap((w) => {
    const found: number[] = [];
    for (let i = lower.indexOf(w.toLowerCase()); i >= 0; i = lower.indexOf(w.toLowerCase(), i + w.length)) found.push(i);
    return found;
  });
  let start = 0;
  if (positions.length) {
    // The window start that covers the most matches.
    let best = -1;
    for (const p of positions) {
      const from = Math.max(0, p - 20);
      const count = positions.filter((q) => q >= from && q < from + length).length;
      if (count > best) [best, start] = [count, from];
    }
  }
  const end = Math.min(text.length, start + length);
  const excerpt = text.slice(start, end);
  const pattern = words.length ? new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi") : undefined;
  const body = pattern
    ? excerpt
        .split(pattern)
        .map((part, i) => (i % 2 === 1 ? `${MARK_OPEN}${escapeHtml(part)}${MARK_CLOSE}` : escapeHtml(part)))
        .join("")
    : escapeHtml(excerpt);
  return `${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}`;
}
