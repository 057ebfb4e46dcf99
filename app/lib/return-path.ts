// A "from" path to go back to after a form: only a path on this site, never another origin.

/** The path if it is a same-site absolute path ("/plan/tasks?x#y"), else undefined. */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || value.length > 500) return undefined;
  // "//host" and "/\host" are read by browsers as another origin.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if (/[\u0000-\u001f]/.test(value)) return undefined;
  return value;
}
