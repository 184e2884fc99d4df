/** Units: always the base unit; the 万/亿 multiplier is in the value. Shared by the dataset's modules. */
import type { Unit } from './types.js';

export const PERCENT: Unit = { zh: '%', en: '%' };
export const YUAN: Unit = { zh: '元', en: 'yuan' };
export const PEOPLE: Unit = { zh: '人', en: 'people', enSingular: 'person' };
/** 名: the counter for people in 2万名, 3000名. */
export const PEOPLE_MING: Unit = { zh: '名', en: 'people', enSingular: 'person' };
export const YEARS: Unit = { zh: '年', en: 'years', enSingular: 'year' };
export const MU: Unit = { zh: '亩', en: 'mu' };
