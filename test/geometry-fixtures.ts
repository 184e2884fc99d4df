/**
 * The elements the geometry check (test/geometry.test.ts) and `npm run shots` (scripts/shots.mjs) look at: one
 * representative fixture per element, plus the worst cases issue 17 names (the industry revenues' long values,
 * both rings' remainder labels, the task map, the English gauge, the boards).
 */
import type { GeometryFixture } from './geometry-check.js';

export const GEOMETRY_FIXTURES: GeometryFixture[] = [
  { tag: 'sx-metric-bars', attrs: { set: 'industry-revenues' } },
  // An editor's own set of three long names (no set title): the title, the rows and the value labels.
  { tag: 'sx-metric-bars', attrs: { results: 'electronics-revenue,northern-new-energy-base-investment,tourist-roads-investment' } },
  { tag: 'sx-share-ring', attrs: { result: 'clean-energy-capacity-share' } },
  { tag: 'sx-share-ring', attrs: { project: '8' } },
  { tag: 'sx-target-gauge', attrs: { indicator: 'urban-unemployment' } },
  // With an outcome, the caption under it reads "Target: about 5.5%".
  { tag: 'sx-target-gauge', attrs: { indicator: 'urban-unemployment', actual: '5.1' } },
  { tag: 'sx-target-board' },
  { tag: 'sx-project-list' },
  { tag: 'sx-task-map' },
  { tag: 'sx-stat', attrs: { result: 'jinchuang-valley-contracts' } },
  { tag: 'sx-results-board' },
  { tag: 'sx-report' },
];
