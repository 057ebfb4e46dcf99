import { Link, useLocation } from "@remix-run/react";
import { Suspense, lazy, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";

// The dialog and Radix come in their own chunk on first use, keeping them out of every page's budget.
const AskDialogPanel = lazy(() => import("./AskDialogPanel"));

/**
 * "问一问" in the header. Without JavaScript it is a link to the /ask page; once the page is interactive it
 * is a button that opens the ask dialog.
 */
export function AskDialog() {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  const [interactive, setInteractive] = useState(false);
  const [wanted, setWanted] = useState(false);
  useEffect(() => setInteractive(true), []);

  if (!interactive) {
    return (
      <Link className="ask-trigger" to={localePath(lang, "/ask")}>
        {t("assistant.open")}
      </Link>
    );
  }
  const button = (
    <button type="button" className="ask-trigger" onClick={() => setWanted(true)} aria-busy={wanted || undefined}>
      {t("assistant.open")}
    </button>
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <AskDialogPanel initiallyOpen />
    </Suspense>
  );
}
