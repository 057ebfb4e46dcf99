import { useTranslation } from "react-i18next";

/**
 * The visible link from a unit to itself, so anyone can copy or share the address of one paragraph,
 * task or table row. Its accessible name says which unit it is ("第12条 优化辅具适配服务 的链接") and
 * contains the visible word, so speech-input users can say what they see (WCAG 2.5.3).
 */
export function UnitLink({ id, name }: { id: string; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <a className="unit-link" href={`#${id}`} lang={i18n.language} aria-label={t("plan.unitLink", { name })}>
      {t("plan.linkText")}
    </a>
  );
}
