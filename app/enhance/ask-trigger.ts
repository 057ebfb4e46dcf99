// 问一问: the header's link to /ask becomes a button that opens the ask dialog. The dialog's code (React,
// Radix, the strings) is fetched on the first press only; if it cannot load, the link's page opens instead.
import type { SiteFacts } from "~/lib/site-facts";
import type { Lang } from "~/i18n";

export function enhanceAskTrigger() {
  for (const slot of document.querySelectorAll<HTMLElement>("[data-ask-slot]")) {
    const link = slot.querySelector<HTMLAnchorElement>("a.ask-trigger");
    if (!link) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.textContent = link.textContent;
    link.replaceWith(button);
    button.addEventListener("click", async () => {
      if (button.hasAttribute("aria-busy")) return;
      button.setAttribute("aria-busy", "true");
      try {
        const { mountAskDialog } = await import("./ask-dialog");
        await mountAskDialog(slot, slot.dataset.lang as Lang, JSON.parse(slot.dataset.siteFacts ?? "null") as SiteFacts);
      } catch {
        location.assign(link.href);
      }
    });
  }
}
