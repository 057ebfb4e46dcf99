// A link to a passage id that has moved goes to its new place; one that was removed shows the page's note
// (app/components/MovedAnchor.tsx). Returns true when the page is being left.
export function followMovedAnchor(): boolean {
  const note = document.querySelector<HTMLElement>("[data-moved-anchors]");
  const id = decodeURIComponent(location.hash.slice(1));
  if (!note || !id || document.getElementById(id)) return false;
  const moved = JSON.parse(note.dataset.movedAnchors ?? "{}") as Record<string, string | null>;
  if (!(id in moved)) return false;
  const to = moved[id];
  if (to) {
    location.replace(to);
    return true;
  }
  const text = note.querySelector<HTMLElement>("[data-template]");
  note.hidden = false;
  if (text) text.textContent = (text.dataset.template ?? "").replace("{id}", id);
  return false;
}
