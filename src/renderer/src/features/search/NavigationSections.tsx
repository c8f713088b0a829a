import type { ListView } from '../../app/views'

export interface NavigationSectionsProps {
  view: ListView
  onNavigate(view: ListView): void
}

/** Saved searches (with new counts) and the tag tree in the navigation pane. (Placeholder.) */
export function NavigationSections(_props: NavigationSectionsProps) {
  return null
}
