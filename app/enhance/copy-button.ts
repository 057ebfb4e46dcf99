// Copy buttons (the operator desk's ready replies): shown only where the clipboard is available.
export function enhanceCopyButtons() {
  if (!navigator.clipboard) return;
  for (const holder of document.querySelectorAll<HTMLElement>("[data-copy-target]")) {
    const field = document.getElementById(holder.dataset.copyTarget ?? "") as HTMLTextAreaElement | null;
    const button = holder.querySelector("button");
    const status = holder.querySelector("[role=status]");
    if (!field || !button || !status) continue;
    holder.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = holder.dataset.copied ?? "";
      } catch {
        // Permission refused: select the text so Ctrl+C works, and say so.
        field.select();
        status.textContent = holder.dataset.copyFailed ?? "";
      }
    });
  }
}
