// Dates as running text says them: 2021年6月18日, 18 June 2021 (the documents' issue dates).
import type { Lang } from "~/i18n";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function spokenDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split("-").map(Number);
  return lang === "en" ? `${day} ${MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`;
}
