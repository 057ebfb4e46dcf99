// Server-rendered regions that never change between requests (the plan's text for one chapter in one
// language and content version) are rendered by React once, kept as HTML, and sent as that HTML afterwards.
// Shared by HydrationSkip (which marks the regions) and entry.server (which keeps them).
import { createContext } from "react";

export interface StaticHtmlStore {
  get(key: string): string | undefined;
}

/** Provided on the server only; in the browser there is none. */
export const StaticHtmlContext = createContext<StaticHtmlStore | null>(null);

/** The region's key: its element id and what it shows ("plan-body|zh-CN/tasks"). */
export const staticKey = (id: string, contentKey: string) => `${id}|${contentKey}`;

/** The inert element that closes a region, so the kept HTML can be cut out of the page exactly. */
export const endMark = (key: string) => `<template data-static-end="${key}"></template>`;
