// What "朗读本页" reads: the page's main content as text, in reading order, in chunks short enough for
// speech synthesis (Chromium stops long utterances), each with the language of the text it came from.

export interface SpeechChunk {
  text: string;
  lang: string;
}

// Not content: navigation, the controls themselves, self-links, and anything hidden from everyone.
const SKIP = "nav, form, button, script, style, template, [aria-hidden='true'], [hidden], [data-no-read], .unit-link, .breadcrumbs";
const BLOCK = /^(P|LI|H[1-6]|DT|DD|TD|TH|BLOCKQUOTE|FIGCAPTION|CAPTION|DIV|SECTION|ARTICLE|ASIDE|TR|TABLE|UL|OL|DL)$/;
const MAX = 180;

function langOf(node: Node, fallback: string): string {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest("[lang]")?.getAttribute("lang") || fallback;
}

/** Splits long text after sentence marks, then hard at MAX characters. */
function split(text: string): string[] {
  const parts = text.split(/(?<=[。！？；.!?;])\s*/).filter(Boolean);
  const out: string[] = [];
  let current = "";
  for (const part of parts) {
    if ((current + part).length > MAX && current) {
      out.push(current);
      current = "";
    }
    current += part;
    while (current.length > MAX) {
      out.push(current.slice(0, MAX));
      current = current.slice(MAX);
    }
  }
  if (current) out.push(current);
  return out;
}

/** The readable text under root, as chunks in document order. */
export function readableChunks(root: Element, fallbackLang: string): SpeechChunk[] {
  const blocks: SpeechChunk[] = [];
  let text = "";
  let lang = fallbackLang;
  const flush = () => {
    const clean = text.replace(/\s+/g, " ").trim();
    if (clean) blocks.push({ text: clean, lang });
    text = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const nodeLang = langOf(node, fallbackLang);
      if (nodeLang !== lang && text.trim()) flush();
      lang = nodeLang;
      text += node.textContent ?? "";
      return;
    }
    if (!(node instanceof Element) || node.matches(SKIP)) return;
    const block = BLOCK.test(node.tagName);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.flatMap((b) => split(b.text).map((t) => ({ text: t, lang: b.lang })));
}
