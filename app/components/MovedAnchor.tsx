import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";

/**
 * A link to a paragraph or task id that has since moved or been removed (content/redirects.yaml). The
 * fragment never reaches the server, so the page's script does this (app/enhance/moved-anchor.ts): a moved
 * id goes to its new place, a removed one shows this note. Without JavaScript the chapter opens at its top.
 */
export function MovedAnchor({ moved }: { moved: Record<string, string | null> }) {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  if (!Object.keys(moved).length) return null;
  const targets = Object.fromEntries(Object.entries(moved).map(([id, to]) => [id, to ? localePath(lang, to) : null]));
  return (
    <p className="notice" role="status" hidden data-moved-anchors={JSON.stringify(targets)}>
      <span data-template={t("plan.movedAnchor", { id: "{id}" })}></span> <a href={localePath(lang, "/changes")}>{t("changes.title")}</a>
    </p>
  );
}
