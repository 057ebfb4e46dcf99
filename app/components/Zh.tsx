/** Marks a passage of Chinese inside an English page so screen readers switch voice (WCAG 3.1.2). */
export function Zh({ children, as: Tag = "span" }: { children?: React.ReactNode; as?: "span" | "div" | "p" }) {
  return <Tag lang="zh-CN">{children}</Tag>;
}
