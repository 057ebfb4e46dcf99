import { useTranslation } from "react-i18next";
import { useSiteFacts } from "~/lib/site-facts";

/** "需要帮助？拨打 12345": in the same place on every page (WCAG 3.2.6 consistent help). */
export function HelpLine() {
  const { t } = useTranslation();
  const { hotline } = useSiteFacts();
  return (
    <p className="help-line">
      <span>{t("help.label")}</span>
      <a className="help-line__call" href={`tel:${hotline.number}`}>
        {t("help.call", { number: hotline.number })}
      </a>
    </p>
  );
}
