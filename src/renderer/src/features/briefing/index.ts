/**
 * Briefings in the interface: the list of briefings, the editor (outline, cover, comments and excerpts, preview,
 * export), and "Add to briefing" (B) for other screens: the reader and the search results' bulk actions.
 */
export { BriefingsPage } from './BriefingsPage'
export { BriefingEditor } from './BriefingEditor'
export { AddToBriefingMenu } from './AddToBriefingMenu'
export { AddChartToBriefing } from './AddChartToBriefing'
