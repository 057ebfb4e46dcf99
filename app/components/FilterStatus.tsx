/**
 * The result count of a filter or search as a status message (WCAG 4.1.3): it stays in the page between
 * filterings, so when the count changes without a page load, a screen reader says it. A filter that narrows
 * nothing says so visibly too, since the list looks unchanged.
 */
export function FilterStatus({ text, nothingNarrowed = false }: { text: string; nothingNarrowed?: boolean }) {
  return (
    <p role="status" className={nothingNarrowed ? "notice" : "visually-hidden"}>
      {text}
    </p>
  );
}
