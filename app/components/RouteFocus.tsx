import { useLocation, useNavigationType } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * After an in-app navigation, moves focus where a full page load would leave a screen-reader or keyboard
 * user: to the linked unit when the address has a fragment, else to the main content. Without this, focus
 * stays on <body> (the link that was clicked is gone) and the next Tab starts from the top of the page.
 * Back/forward (POP) keeps the browser's own behaviour.
 */
export function RouteFocus() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigationType === "POP") return;
    const id = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
    const target = (id && document.getElementById(id)) || document.getElementById("main");
    if (!target) return;
    if (!target.hasAttribute("tabindex") && !target.matches("a[href], button, input, select, textarea")) target.setAttribute("tabindex", "-1");
    target.focus();
    // Only a change of address counts: a form that answers with errors on the same address keeps the
    // focus its error summary took.
  }, [location.pathname, location.search, location.hash]);
  return null;
}
