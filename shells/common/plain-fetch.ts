// The browser's fetch for lib/ code that keeps it in an options object: called as `options.fetch(…)`
// it would get `options` as its `this`, and browsers refuse that ("Illegal invocation").
export const plainFetch: typeof fetch = (input, init) => fetch(input, init);
