// The server's heap sizes (docs/decisions/0007-heap-size.md). Node sizes the heap from the machine's memory
// (about 4 GB here), and under load V8 kept growing the old generation long after the live data stopped
// growing: RSS went from 350 to 514 MB in a bench run while the heap after each full collection stayed at
// 65–90 MB. A larger young generation lets a request's garbage die young instead of being promoted, and a
// cap at about three times the live data makes V8 collect instead of growing.
export const HEAP_FLAGS = ["--max-semi-space-size=32", "--max-old-space-size=256"] as const;
