// Server command for test/hardening.test.ts: `sx-render-page` { html } runs the built server renderer's renderPage
// (dist/src/ssr: `npm run build` first) on a page the test wrote, and returns the page, so a test can load what a
// static-site pipeline would publish.
export function renderPageCommandPlugin() {
  return {
    name: 'sx-render-page-command',
    async executeCommand({ command, payload }) {
      if (command !== 'sx-render-page') return undefined;
      const { renderPage } = await import('../../dist/src/ssr/index.js');
      return renderPage(String(payload?.html ?? ''), { width: 640, warn: () => {} });
    },
  };
}
