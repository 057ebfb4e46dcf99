import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";

/**
 * The site search form: a real GET form, so it works without JavaScript. `id` keeps the header's box
 * and the search page's box apart.
 */
export function SearchBox({ id, defaultValue = "", variant = "header" }: { id: string; defaultValue?: string; variant?: "header" | "page" }) {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  return (
    <Form method="get" action={localePath(lang, "/search")} role="search" className={`search-box search-box--${variant}`} aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id} className="search-box__label">
        {t("search.label")}
      </label>
      <div className="search-box__row">
        <input id={id} name="q" type="search" className="search-box__input" defaultValue={defaultValue} autoComplete="off" enterKeyHint="search" />
        <button type="submit" className="button search-box__button">
          {t("search.button")}
        </button>
      </div>
    </Form>
  );
}
