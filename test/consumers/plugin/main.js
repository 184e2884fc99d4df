/* global document, customElements */
// A plugin author's bundle: the package root registers nothing; the plugin registers the gauge under its
// own prefix and reads the dataset, typed or as JSON.
import { SxTargetGauge, defineElement, VERSION } from 'shanxi-report-charts';
import { getTarget } from 'shanxi-report-charts/data';
import json from 'shanxi-report-charts/data/shanxi-2025.json';

const registeredByImport = ['sx-target-gauge', 'sx-project-list'].filter((tag) => customElements.get(tag));
const name = defineElement('sx-target-gauge', SxTargetGauge, { prefix: 'news' });

document.getElementById('status').textContent = JSON.stringify({
  registeredByImport,
  name,
  sx: Boolean(customElements.get('sx-target-gauge')),
  version: VERSION,
  cpi: getTarget('cpi')?.written,
  jsonTargets: json.targets.length,
});
