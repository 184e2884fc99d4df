/** Scenario 5 (a) and (b): a page that uses one <sx-target-gauge>, bundled as an application would. */
import '../../components/target-gauge/define.js';
