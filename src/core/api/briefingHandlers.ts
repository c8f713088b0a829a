import type { ApiEvents, ApiHandlers } from '../../shared/api'
import type { briefingsContract } from '../../shared/contract/briefings'
import { filterTerm } from '../../shared/contract/search'
import { BriefingService, buildBriefingDocument, type EmitBriefingEvent } from '../briefing'
import type { MarsadCore } from '../core'
import { TagService } from '../organise'
import { matchingStoryIds } from '../search'

type BriefingMethod = keyof typeof briefingsContract

/** Briefings over the core's current library: composing them, and exporting them through the core's exporter. */
export function briefingHandlers(core: MarsadCore): Pick<ApiHandlers, BriefingMethod> {
  // ApiEvents includes BriefingEvents, but TypeScript cannot see that ApiEvents[E] is BriefingEvents[E] for a generic E.
  const emit: EmitBriefingEvent = (event, payload) => core.emit(event, payload as ApiEvents[typeof event])
  // A tag's stories are what `tag:NAME` finds: the tag (however its name is spelt) and the tags below it.
  const findTagStoryIds = async (name: string) => {
    const tag = new TagService(core.library).named(name)
    return matchingStoryIds(core.library, filterTerm('tag', tag.name))
  }
  // Built per call: the core may have switched libraries since the last one.
  const briefings = () => new BriefingService(core.library, { emit, findTagStoryIds })
  const document = (id: number) => buildBriefingDocument(core.library, briefings().get(id))
  return {
    listBriefings: () => briefings().list(),
    getBriefing: ({ id }) => briefings().get(id),
    createBriefing: ({ title, ...cover }) => briefings().create(title, cover),
    updateBriefing: ({ id, ...patch }) => briefings().update(id, patch),
    duplicateBriefing: ({ id, title }) => briefings().duplicate(id, title),
    deleteBriefing: ({ id }) => briefings().delete(id),
    addBriefingSection: ({ briefingId, heading, position }) => briefings().addSection(briefingId, heading, position),
    renameBriefingSection: ({ id, heading }) => briefings().renameSection(id, heading),
    moveBriefingSection: ({ id, position }) => briefings().moveSection(id, position),
    removeBriefingSection: ({ id }) => briefings().removeSection(id),
    addToBriefing: ({ briefingId, ...request }) => briefings().add(briefingId, request),
    updateBriefingItem: ({ id, ...patch }) => briefings().updateItem(id, patch),
    moveBriefingItem: ({ id, sectionId, position }) => briefings().moveItem(id, position, sectionId),
    removeBriefingItems: ({ ids }) => briefings().removeItems(ids),
    briefingDocument: ({ id }) => document(id),
    exportBriefing: async ({ id, format }) => {
      const file = await core.briefingExports.export(document(id), format)
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.data.toString('base64'), bytes: file.data.length }
    }
  }
}
