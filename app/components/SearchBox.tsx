import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";

/**
 * A search form: a real GET form, so it works without JavaScript. `id` keeps the header's box and a page's
 * box apart; `path` and `label` let another page (the operator desk) search its own way.
 */
export function SearchBox({
  id,
  defaultValue = "",
  variant = "header",
  path = "/search",
  label,
  describedBy,
}: {
  id: string;
  defaultValue?: string;
  variant?: "header" | "page";
  path?: string;
  label?: string;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  return (
    <Form method="get" action={localePath(lang, path)} role="search" className={`search-box search-box--${variant}`} aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id} className="search-box__label">
        {label ?? t("search.label")}
      </label>
      <div className="search-box__row">
        <input id={id} name="q" type="search" className="search-box__input" defaultValue={defaultValue} autoComplete="off" enterKeyHint="search" aria-describedby={describedBy} />
        <button type="submit" className="button search-box__button">
          {t("search.button")}
        </button>
      </div>
    </Form>
  );
}
