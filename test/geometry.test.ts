/**
 * Geometry of every element (issue 17 §1, GRAPHICS.md §1 and §6): one representative fixture per element, plus
 * the worst cases the issue names (the industry revenues' long values, the rings' remainder labels, the task map,
 * the English gauge, the boards). See ./geometry.ts for what is measured and how it is sampled.
 */
import '../src/define-all.js';
import type { GeometryFixture } from './geometry-check.js';
import { geometryContract } from './geometry.js';

export const GEOMETRY_FIXTURES: GeometryFixture[] = [
  { tag: 'sx-metric-bars', attrs: { set: 'industry-revenues' } },
  { tag: 'sx-share-ring', attrs: { result: 'clean-energy-capacity-share' } },
  { tag: 'sx-share-ring', attrs: { project: '8' } },
  { tag: 'sx-target-gauge', attrs: { indicator: 'urban-unemployment' } },
  { tag: 'sx-target-board' },
  { tag: 'sx-project-list' },
  { tag: 'sx-task-map' },
  { tag: 'sx-stat', attrs: { result: 'jinchuang-valley-contracts' } },
  { tag: 'sx-results-board' },
  { tag: 'sx-report' },
];

// The first chart of a page loads ECharts module by module from the test server: once, before any test.
before(async function () {
  this.timeout(120_000);
  const { runtime } = await import('../components/project-list/project-list.chart.js');
  await runtime().loadRenderer('svg');
});

for (const fixture of GEOMETRY_FIXTURES) geometryContract(fixture);
