// The small Markdown subset editors may use in `details` fields: "## " headings (a level below the page's
// own sections), paragraphs, "- " lists, [link text](/path) and ![alt text](/images/file.png). Anything
// else is plain text. Parsed once for rendering and for the editorial lint.

export type Inline = { type: "text"; text: string } | { type: "link"; text: string; href: string } | { type: "image"; alt: string; src: string };

export type Block =
  | { type: "heading"; depth: number; inlines: Inline[]; line: number }
  | { type: "paragraph"; inlines: Inline[]; line: number }
  | { type: "list"; items: Inline[][]; line: number };

const INLINE = /(!?)\[([^\]]*)\]\(([^)\s]*)\)/g;

function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ type: "text", text: text.slice(last, m.index) });
    out.push(m[1] ? { type: "image", alt: m[2].trim(), src: m[3] } : { type: "link", text: m[2].trim(), href: m[3] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: "text", text: text.slice(last) });
  return out;
}

/** Blocks with their 0-based line within the text. */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: { lines: string[]; line: number } | undefined;
  let list: { items: Inline[][]; line: number } | undefined;
  const flush = () => {
    if (paragraph) blocks.push({ type: "paragraph", inlines: parseInlines(paragraph.lines.join("")), line: paragraph.line });
    if (list) blocks.push({ type: "list", items: list.items, line: list.line });
    paragraph = undefined;
    list = undefined;
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line) return flush();
    if (heading) {
      flush();
      blocks.push({ type: "heading", depth: heading[1].length, inlines: parseInlines(heading[2]), line: i });
    } else if (/^[-*]\s+/.test(line)) {
      if (paragraph) flush();
      list ??= { items: [], line: i };
      list.items.push(parseInlines(line.replace(/^[-*]\s+/, "")));
    } else {
      if (list) flush();
      paragraph ??= { lines: [], line: i };
      paragraph.lines.push(line);
    }
  });
  flush();
  return blocks;
}

/** The text without markup, for search and numbers. */
export function richPlainText(text: string): string {
  return text.replace(INLINE, (_m, bang: string, label: string) => (bang ? "" : label)).replace(/^#{1,6}\s+|^[-*]\s+/gm, "");
}
