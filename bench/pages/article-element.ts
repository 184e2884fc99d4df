/** Scenario 3, element side: every tag registered, the article's elements upgrade as a page would. */
import '../../components/target-gauge/define.js';
import '../../components/project-list/define.js';
