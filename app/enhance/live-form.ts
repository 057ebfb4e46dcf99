// Filter forms that answer in the page: a GET form marked data-live-form fetches the page it would load and
// takes from it the parts the server marked as live (data-live-region, by id), and the text of its result
// count (data-live-status), which stays the same element so a screen reader announces the new count. The
// address and title follow, so the result can be bookmarked; Back reloads that address. Any failure falls
// back to loading the page.
export function enhanceLiveForms() {
  const forms = document.querySelectorAll<HTMLFormElement>("form[data-live-form]");
  if (!forms.length) return;
  for (const form of forms) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void update(form);
    });
  }
  addEventListener("popstate", () => location.reload());
}

async function update(form: HTMLFormElement) {
  const url = new URL(form.action);
  url.search = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])).toString();
  let next: Document;
  try {
    const response = await fetch(url, { headers: { Accept: "text/html" } });
    if (!response.ok) throw new Error(String(response.status));
    next = new DOMParser().parseFromString(await response.text(), "text/html");
  } catch {
    location.assign(url);
    return;
  }
  for (const status of document.querySelectorAll<HTMLElement>("[data-live-status]")) {
    const fresh = next.getElementById(status.id);
    if (!fresh) continue;
    status.className = fresh.className;
    status.textContent = fresh.textContent;
  }
  for (const region of document.querySelectorAll<HTMLElement>("[data-live-region]")) {
    const fresh = next.getElementById(region.id);
    if (fresh) region.replaceWith(document.importNode(fresh, true));
  }
  document.title = next.title;
  history.pushState(null, "", url);
}
