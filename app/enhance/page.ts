// The one script a page loads (decision 0017). Every page is complete without it: each part below turns a
// working link or form into something quicker to use, and the heavy parts (the ask dialog, read-aloud) load
// only when they are first used. A module script runs once the document is parsed.
import { enhanceAskTrigger } from "./ask-trigger";
import { enhanceCopyButtons } from "./copy-button";
import { placeFocus } from "./focus";
import { enhanceLiveForms } from "./live-form";
import { followMovedAnchor } from "./moved-anchor";
import { enhanceReadAloud } from "./read-aloud-button";

// A moved anchor leaves the page, so it goes first.
if (!followMovedAnchor()) {
  placeFocus();
  enhanceAskTrigger();
  enhanceReadAloud();
  enhanceCopyButtons();
  enhanceLiveForms();
}
