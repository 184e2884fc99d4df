/** Scenario 8: a page holding only <sx-report> (its define module registers the elements it is made of). */
import '../../components/report/define.js';
