// Limits on search input, shown to people and enforced by the server.
export const MAX_QUERY_LENGTH = 200;
export const RESULTS_PER_PAGE = 10;
