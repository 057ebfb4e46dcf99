import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";
import { useSiteFacts } from "~/lib/site-facts";

/**
 * "问一问" in the header: a link to the /ask page. The page's script (app/enhance/ask-trigger.ts) turns it
 * into a button that loads and opens the ask dialog on first press; the slot carries what the dialog needs
 * from the page (its language and the site facts), since the dialog runs outside Remix (decision 0017).
 */
export function AskTrigger() {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  const facts = useSiteFacts();
  return (
    <span className="ask-slot" data-ask-slot data-lang={lang} data-site-facts={JSON.stringify(facts)}>
      <a className="ask-trigger" href={localePath(lang, "/ask")}>
        {t("assistant.open")}
      </a>
    </span>
  );
}
