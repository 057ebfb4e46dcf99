/**
 * The result count of a filter or search as a status message (WCAG 4.1.3): it stays in the page between
 * filterings (app/enhance/live-form.ts updates its text in place), so when the count changes without a page
 * load, a screen reader says it. A filter that narrows nothing says so visibly too, since the list looks
 * unchanged.
 */
export function FilterStatus({ id, text, nothingNarrowed = false }: { id: string; text: string; nothingNarrowed?: boolean }) {
  return (
    <p id={id} role="status" className={nothingNarrowed ? "notice" : "visually-hidden"} data-live-status>
      {text}
    </p>
  );
}
