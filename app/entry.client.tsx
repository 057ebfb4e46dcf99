import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { setNonce } from "get-nonce";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions, loadLocale } from "./i18n";
import { langFromPathname } from "./lib/lang";

// Radix Dialog's scroll lock adds a <style> element; it carries the page's CSP nonce (docs/decisions/0003).
setNonce(document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "");

const lng = langFromPathname(window.location.pathname);
await i18next.use(initReactI18next).init({ ...i18nOptions, resources: await loadLocale(lng), lng });

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nextProvider i18n={i18next}>
        <RemixBrowser />
      </I18nextProvider>
    </StrictMode>,
  );
});
