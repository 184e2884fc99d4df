/** Scenario 5 (d): a page of <sx-stat> number cards only, bundled as an application would: no chart code at all. */
import '../../components/stat/define.js';
