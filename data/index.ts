/**
 * The dataset's public face: the schema, the data, and small typed lookups.
 * Plain data only: nothing here imports from src/ or components/.
 */
import type {
  Category,
  ComparableSet,
  ProjectCategory,
  Project,
  Result,
  TargetId,
  Target,
  TaskArea,
} from './types.js';
import { categories, comparableSets, projects, results, targets, taskAreas } from './shanxi-2025.js';

export type * from './types.js';
export * from './shanxi-2025.js';

/** The ids of the 2025 main targets, in the order of the report's list. */
export const targetIds: readonly TargetId[] = targets.map((t) => t.id);

/** The ids of the livelihood-project categories, in the order of `dataset.categories`. */
export const projectCategoryIds: readonly ProjectCategory[] = categories.map((c) => c.id);

/** A 2025 target by id ('gdp-growth', 'urban-jobs', …), or undefined for an unknown id. */
export function getTarget(id: string): Target | undefined {
  return targets.find((t) => t.id === id);
}

/** A 2024 result (figure or highlight) by id, or undefined. */
export function getResult(id: string): Result | undefined {
  return results.find((r) => r.id === id);
}

/** A livelihood project by its number, 1–15, or undefined. */
export function getProject(n: number): Project | undefined {
  return projects.find((p) => p.number === n);
}

/** A key task area by its number, 1–7 (the corrected numbering; see the notes), or undefined. */
export function getTaskArea(n: number): TaskArea | undefined {
  return taskAreas.find((a) => a.number === n);
}

/** A project category by id, or undefined. */
export function getCategory(id: string): Category | undefined {
  return categories.find((c) => c.id === id);
}

/** The ids of the 2024 results (figures and highlights), in the order of the text. Pure, so a page without results drops them. */
export const resultIds: readonly string[] = /* @__PURE__ */ results.map((r) => r.id);

/** The ids of the comparable sets, by theme in the report's order. */
export const comparableSetIds: readonly string[] = /* @__PURE__ */ comparableSets.map((c) => c.id);

/** A comparable set of 2024 figures by id ('industry-revenues', …), or undefined. */
export function getComparableSet(id: string): ComparableSet | undefined {
  return comparableSets.find((c) => c.id === id);
}
