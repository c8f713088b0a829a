import { useState, type DragEvent } from 'react'
import { STORY_DRAG_TYPE } from '../../app/dragTypes'

const carriesStory = (event: DragEvent) => event.dataTransfer.types.includes(STORY_DRAG_TYPE)

/**
 * Makes an element a drop target for stories dragged from the list: `onStory` gets the dropped story's id.
 * `active` is true while a story is dragged over it (to show where it will land).
 */
export function useStoryDrop(onStory: (storyId: number) => void) {
  const [active, setActive] = useState(false)
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!carriesStory(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'link'
      setActive(true)
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setActive(false)
    },
    onDrop: (event: DragEvent) => {
      if (!carriesStory(event)) return
      event.preventDefault()
      setActive(false)
      const id = Number(event.dataTransfer.getData(STORY_DRAG_TYPE))
      if (Number.isInteger(id) && id > 0) onStory(id)
    }
  }
  return { active, handlers }
}
