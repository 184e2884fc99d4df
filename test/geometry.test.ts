/**
 * Geometry of every element (issue 17 §1, GRAPHICS.md §1 and §6): one representative fixture per element, plus
 * the worst cases the issue names (the industry revenues' long values, the rings' remainder labels, the task map,
 * the English gauge, the boards). See ./geometry.ts for what is measured and how it is sampled.
 */
import '../src/define-all.js';
import { GEOMETRY_FIXTURES } from './geometry-fixtures.js';
import { geometryContract } from './geometry.js';

// The first chart of a page loads ECharts module by module from the test server: once, before any test.
before(async function () {
  this.timeout(120_000);
  const { runtime } = await import('../components/project-list/project-list.chart.js');
  await runtime().loadRenderer('svg');
});

for (const fixture of GEOMETRY_FIXTURES) geometryContract(fixture);
