import { useTranslation } from "react-i18next";

/** The first focusable thing on every page: jumps past the header to the main content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t("skipLink")}
    </a>
  );
}
