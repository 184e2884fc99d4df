// Server commands that answer with what the built server renderer (dist/src/ssr: `npm run build` first) makes:
// - `sx-render-page` { html } (test/hardening.test.ts): renderPage on a page the test wrote, so a test can load
//   what a static-site pipeline would publish;
// - `sx-long-image` { attributes, options } (test/report-long.test.ts): the long image the command line makes
//   (renderImage('sx-report'), as `shanxi-report-charts image sx-report --format svg` writes it), so the
//   browser's download can be compared with it.
const COMMANDS = {
  'sx-render-page': (ssr, payload) => ssr.renderPage(String(payload?.html ?? ''), { width: 640, warn: () => {} }),
  'sx-long-image': async (ssr, payload) => (await ssr.renderImage('sx-report', payload?.attributes ?? {}, payload?.options ?? {})).svg,
};

export function ssrCommandsPlugin() {
  return {
    name: 'sx-ssr-commands',
    async executeCommand({ command, payload }) {
      const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
      if (!run) return undefined;
      return run(await import('../../dist/src/ssr/index.js'), payload);
    },
  };
}
