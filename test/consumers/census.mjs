// A Vite plugin for the consumer fixtures: writes dist/census.json, every module id that ended up in the
// bundle, so scripts/test-consumers.mjs can count the copies of echarts and lit a consumer ships.
export function census() {
  return {
    name: 'sx-census',
    generateBundle(_options, bundle) {
      const modules = new Set();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') for (const id of output.moduleIds) modules.add(id);
      }
      this.emitFile({ type: 'asset', fileName: 'census.json', source: JSON.stringify({ modules: [...modules] }, null, 1) });
    },
  };
}
