import { useState, type ReactNode } from "react";

// True once the first page has hydrated; later mounts come from in-app navigation.
let hydrated = false;
export function markHydrated() {
  hydrated = true;
}

/**
 * Server-rendered content that needs no JavaScript (the plan's text: words, links, tables). In the browser,
 * on the first page load, React takes the HTML it already has instead of walking thousands of elements
 * (that walk was most of the main-thread time on long chapters). After an in-app navigation to other
 * content, it renders normally. `contentKey` names the content, so kept HTML is never shown for anything else.
 */
export function HydrationSkip({
  id,
  contentKey,
  className,
  lang,
  children,
  ...data
}: { id: string; contentKey: string; className?: string; lang?: string; children: ReactNode } & Record<`data-${string}`, string | boolean | undefined>) {
  const [kept] = useState(() => {
    if (typeof document === "undefined" || hydrated) return undefined;
    const element = document.getElementById(id);
    return element && element.dataset.contentKey === contentKey ? { key: contentKey, html: element.innerHTML } : undefined;
  });
  const props = { id, className, lang, "data-content-key": contentKey, ...data };
  const html = kept && kept.key === contentKey ? kept.html : undefined;
  if (html !== undefined) {
    return <div key="kept" {...props} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
  }
  // A new element (not the kept one with its children swapped), so no kept HTML can linger.
  return (
    <div key="rendered" {...props}>
      {children}
    </div>
  );
}
