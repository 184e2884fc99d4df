/** Scenario 7's article: the embeds bring their own scripts; the article itself runs none. */
export {};
