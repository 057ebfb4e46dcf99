// The ask dialog as a small React island, mounted in the header's slot on the first press of 问一问. It
// replaces the plain button with the dialog's own trigger, opened, so Radix returns focus to it on close.
import i18next from "i18next";
import { setNonce } from "get-nonce";
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import AskDialogPanel from "~/components/AskDialogPanel";
import { i18nOptions, loadLocale, type Lang } from "~/i18n";
import { SiteFactsContext, type SiteFacts } from "~/lib/site-facts";

export async function mountAskDialog(slot: HTMLElement, lang: Lang, facts: SiteFacts): Promise<Root> {
  // Radix Dialog's scroll lock adds a <style> element; it carries the page's CSP nonce (decision 0003).
  setNonce(document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "");
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ ...i18nOptions, resources: await loadLocale(lang), lng: lang });
  const root = createRoot(slot);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SiteFactsContext.Provider value={facts}>
          <AskDialogPanel lang={lang} initiallyOpen />
        </SiteFactsContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
  return root;
}
