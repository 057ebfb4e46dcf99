// Text matched literally inside a regular expression built at run time (a glossary form, a quoted name).
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
