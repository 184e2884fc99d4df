/**
 * For the breakdown of scenarios 1 and 2: the raw side plus the two components src/chart/runtime.ts registers
 * for every element (AriaComponent, TooltipComponent), though the gauge's option uses neither.
 */
import { use } from 'echarts/core';
import { AriaComponent, TooltipComponent } from 'echarts/components';
import './gauge-raw.js';

use([AriaComponent, TooltipComponent]);
