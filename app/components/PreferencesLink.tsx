import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";

/** The header link to /preferences; it remembers the page it came from so the person can go back. */
export function PreferencesLink() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const lang = langFromPathname(pathname);
  const here = localePath(lang, "/preferences");
  const to = pathname === here ? here : `${here}?${new URLSearchParams({ from: pathname + search })}`;
  return (
    <Link className="header-tool" to={to}>
      {t("nav.preferences")}
    </Link>
  );
}
