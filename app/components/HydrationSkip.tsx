import { useState, type ReactNode } from "react";

// True once the first page has hydrated; later mounts come from in-app navigation.
let hydrated = false;
export function markHydrated() {
  hydrated = true;
}

/**
 * Server-rendered content that needs no JavaScript (the plan's text: words, links, tables) is not hydrated:
 * on the first page load the browser keeps the HTML it already has, and React takes it as it is instead of
 * walking thousands of elements. That walk was most of the main-thread time on long chapters (Lighthouse
 * total blocking time on /plan/tasks). After an in-app navigation to other content, it renders normally.
 * `contentKey` names the content, so the kept HTML is never shown for anything else.
 */
export function HydrationSkip({ id, contentKey, className, lang, children, ...data }: { id: string; contentKey: string; className?: string; lang?: string; children: ReactNode } & Record<`data-${string}`, string | boolean | undefined>) {
  const [kept] = useState(() => {
    if (typeof document === "undefined" || hydrated) return undefined;
    const element = document.getElementById(id);
    return element && element.dataset.contentKey === contentKey ? { key: contentKey, html: element.innerHTML } : undefined;
  });
  const props = { id, className, lang, "data-content-key": contentKey, ...data };
  if (kept && kept.key === contentKey) {
    // Same key as the HTML it came with: nothing changed, so nothing to render.
    return <div key="kept" {...props} dangerouslySetInnerHTML={{ __html: kept.html }} suppressHydrationWarning />;
  }
  // A new element (not the kept one with its children swapped), so no kept HTML can linger.
  return (
    <div key="rendered" {...props}>
      {children}
    </div>
  );
}
