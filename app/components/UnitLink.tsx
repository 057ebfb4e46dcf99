import { useTranslation } from "react-i18next";
import { PageText } from "./Zh";

/**
 * The visible link from a unit to itself, so anyone can copy or share the address of one paragraph,
 * task or table row. It shows "链接" and says which unit in hidden text ("链接：第12条 优化辅具适配服务"),
 * so its name starts with the visible word for speech input (WCAG 2.5.3). The name is text, not an
 * aria-label, so on English pages the Chinese in it carries its own lang.
 */
export function UnitLink({ id, name }: { id: string; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <a className="unit-link" href={`#${id}`} lang={i18n.language}>
      {t("plan.linkText")}
      <span className="visually-hidden">
        <PageText text={t("plan.unitLinkOf", { name })} />
      </span>
    </a>
  );
}
