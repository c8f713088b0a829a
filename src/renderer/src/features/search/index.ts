/** The search interface: the toolbar's box, the result list, the navigation sections, batch search. */
export { BatchSearch } from './BatchSearch'
export { NavigationSections } from './NavigationSections'
export { SearchBox } from './SearchBox'
export { SearchResults } from './SearchResults'
