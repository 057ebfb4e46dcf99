import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname, otherLanguagePath } from "~/lib/lang";

/** Links to the same page in the other language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const location = useLocation();
  const target = langFromPathname(location.pathname) === "en" ? "zh-CN" : "en";
  return (
    <Link className="language-switch" to={otherLanguagePath(location.pathname, location.search)} lang={target} hrefLang={target} reloadDocument>
      {t("language.switchTo")}
    </Link>
  );
}
