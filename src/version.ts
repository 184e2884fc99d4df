/** The library's version, kept equal to package.json's by a test. Used to warn when two versions share a tag. */
export const VERSION = '0.1.0';
