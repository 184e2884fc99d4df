// Server command for test/report-long.test.ts: `sx-long-image` { attributes, options } answers with the long image
// the command line makes (renderImage('sx-report') from dist/, as `shanxi-report-charts image sx-report --format
// svg` writes it), so the browser's download can be compared with it.
export function longImageCommandPlugin() {
  return {
    name: 'sx-long-image-command',
    async executeCommand({ command, payload }) {
      if (command !== 'sx-long-image') return undefined;
      const { renderImage } = await import('../../dist/src/ssr/index.js');
      const { svg } = await renderImage('sx-report', payload?.attributes ?? {}, payload?.options ?? {});
      return svg;
    },
  };
}
