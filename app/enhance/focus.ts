// Where focus starts when a page loads. A form answered with errors focuses its error summary (the GOV.UK
// pattern). After following a link or form within the site, focus goes to the linked passage or to the main
// content, so a keyboard or screen-reader user continues where the new content starts instead of at the top
// of the header; a first visit, a reload and Back/Forward keep the browser's own behaviour. Focus the person
// has already moved (a key pressed before this script ran) is never taken away.

function cameFromThisSite(): boolean {
  const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  if (navigation && navigation.type !== "navigate") return false;
  try {
    return new URL(document.referrer).origin === location.origin;
  } catch {
    return false;
  }
}

function focus(target: HTMLElement) {
  if (!target.hasAttribute("tabindex") && !target.matches("a[href], button, input, select, textarea")) target.setAttribute("tabindex", "-1");
  // The page stays where the browser put it (at the top, or at the linked passage): moving focus never
  // scrolls it under the reader, or under a pointer about to click.
  target.focus({ preventScroll: true });
}

export function placeFocus() {
  if (document.activeElement && document.activeElement !== document.body) return;
  const summary = document.querySelector<HTMLElement>(".error-summary");
  if (summary) return focus(summary);
  if (!cameFromThisSite()) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.getElementById("main");
  if (target) focus(target);
}
