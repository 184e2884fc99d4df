// A tiny Eleventy site whose pages use the tags (test/node/ssr-eleventy.test.mjs builds it, then runs the
// README's build-step recipe on its output). Markdown and Nunjucks pages, one layout.
import { URL, fileURLToPath } from 'node:url';

export default function (eleventyConfig) {
  eleventyConfig.ignores.add('README.md');
  eleventyConfig.addPassthroughCopy({ [fileURLToPath(new URL('site.css', import.meta.url))]: 'site.css' });
  return { dir: { includes: '_includes' }, markdownTemplateEngine: 'njk', htmlTemplateEngine: 'njk' };
}
