/**
 * The 2025 Shanxi provincial government work report, as typed data in Chinese and English: the whole `dataset`,
 * assembled from one module per kind of record (source.ts, targets.ts, task-areas.ts, projects.ts, notes.ts,
 * results-2024.ts), and each section on its own.
 *
 * Transcribed from the summary in data/source/shanxi-2025-government-work-report.txt (the provenance
 * document). Every `source`, `sources`, `sourceTitle`, `text`, `written` and verbatim zh string in those modules
 * is found character for character in that file, half-width commas included; test/data.test.ts checks it.
 * Rules for value / written / unit and the qualifiers: data/README.md.
 */
import type { Dataset } from './types.js';

import { comparableSets, results, themes } from './results-2024.js';
import { notes } from './notes.js';
import { categories, projects } from './projects.js';
import { source } from './source.js';
import { taskAreas } from './task-areas.js';
import { targets } from './targets.js';

export { categories, comparableSets, notes, projects, results, source, targets, taskAreas, themes };

/* ---------------------------------------------------------------------------------------------- */

export const dataset: Dataset = {
  id: 'shanxi-2025',
  source,
  themes,
  results,
  targets,
  taskAreas,
  categories,
  projects,
  notes,
  comparableSets,
};
