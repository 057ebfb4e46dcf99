// 朗读本页: the server's button is enabled here; the reading code loads on the first press.
export function enhanceReadAloud() {
  const root = document.querySelector<HTMLElement>("[data-read-aloud]");
  const start = root?.querySelector("button");
  if (!root || !start || !("speechSynthesis" in window)) return;
  start.disabled = false;
  start.addEventListener(
    "click",
    async () => {
      const { ReadAloud } = await import("./read-aloud");
      new ReadAloud(root).toggle();
    },
    { once: true },
  );
}
