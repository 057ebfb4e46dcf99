import { Link, NavLink, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromPathname, localePath } from "~/lib/lang";
import { AskTrigger } from "./AskTrigger";
import { HelpLine } from "./HelpLine";
import { LanguageSwitch } from "./LanguageSwitch";
import { PreferencesLink } from "./PreferencesLink";
import { SearchBox } from "./SearchBox";

// `end` everywhere: only the page itself is marked current, never a parent as well.
const NAV = [
  { key: "nav.home", path: "/", end: true },
  { key: "nav.plan", path: "/plan", end: true },
  { key: "nav.subsidies", path: "/subsidies", end: true },
  { key: "nav.services", path: "/services", end: true },
  { key: "nav.finder", path: "/finder", end: true },
  { key: "nav.faq", path: "/faq", end: true },
  { key: "nav.indicators", path: "/plan/indicators", end: true },
] as const;

/**
 * The site name and the 12345 help line always show. Everything else (the tools, search and navigation)
 * sits in a <details> that is a 菜单 button at narrow widths, so at 320 px or 400 % zoom the page heading
 * is not two screens down; at wider widths the CSS shows its content and hides the button. A real
 * <details> needs no JavaScript.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const lang = langFromPathname(useLocation().pathname);
  return (
    <header className="site-header">
      <div className="site-header__bar wrap">
        <Link className="site-header__name" to={localePath(lang, "/")}>
          {t("site.name")}
        </Link>
        <HelpLine />
      </div>
      <details className="site-menu">
        <summary className="site-menu__toggle">
          <span className="wrap">{t("nav.menu")}</span>
        </summary>
        <div className="site-header__tools wrap">
          <AskTrigger />
          <PreferencesLink />
          <LanguageSwitch />
        </div>
        <div className="site-header__search wrap">
          <SearchBox id="site-search-q" />
        </div>
        <nav className="site-nav" aria-label={t("nav.label")}>
          <ul className="site-nav__list wrap">
            {NAV.map((item) => (
              <li key={item.key}>
                <NavLink className="site-nav__link" to={localePath(lang, item.path)} end={item.end}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </details>
    </header>
  );
}
