/**
 * The dataset's public face: the schema, the data, and small typed lookups.
 * Plain data only: nothing here imports from src/ or components/.
 *
 * Each kind of record has a module of its own (targets.ts, projects.ts, task-areas.ts, results-2024.ts, notes.ts,
 * source.ts) with its lookups, so that a bundle holds only the kinds a page shows, even when it splits the
 * package's modules into chunks. This module gathers them; `dataset` (shanxi-2025.ts) holds them all.
 */
export type * from './types.js';
export * from './shanxi-2025.js';
export { getTarget, targetIds } from './targets.js';
export { getCategory, getProject, projectCategoryIds } from './projects.js';
export { getTaskArea } from './task-areas.js';
export { comparableSetIds, getComparableSet, getResult, resultIds } from './results-2024.js';
