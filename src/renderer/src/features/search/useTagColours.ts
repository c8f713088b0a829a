import { useMemo } from 'react'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'

/** Every tag's colour by full name, for the chips on result rows; follows renames, recolours and new tags. */
export function useTagColours(): ReadonlyMap<string, string> {
  const tags = useApi(() => api.listTags(), [], ['tagsChanged', 'libraryChanged'])
  return useMemo(() => new Map((tags.data ?? []).map((tag) => [tag.name, tag.color])), [tags.data])
}
