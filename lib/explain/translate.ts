// How lib/ reaches the extension's messages: in the extension this is browser.i18n.getMessage.

/** A message by key, with $1..$9 replaced by the substitutions in order. */
export type Translate = (key: string, substitutions?: string[]) => string;
