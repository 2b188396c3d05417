/** The path (and query) a request asked for, set by proxy.ts and scripts/http-server.ts, never taken from a client. */
export const REQUEST_PATH_HEADER = "x-sipadu-path";
