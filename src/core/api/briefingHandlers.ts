import type { ApiHandlers } from '../../shared/api'
import type { BriefingExport, briefingsContract } from '../../shared/contract/briefings'
import type { HandlerContext } from './context'

/** Briefings over the open library: composing them, and exporting them through the core's exporter. */
export function briefingHandlers({
  session,
  briefingExports
}: Pick<HandlerContext, 'session' | 'briefingExports'>): Pick<ApiHandlers, keyof typeof briefingsContract> {
  return {
    listBriefings: () => session().briefings.list(),
    getBriefing: ({ id }) => session().briefings.get(id),
    createBriefing: ({ title, ...cover }) => session().briefings.create(title, cover),
    updateBriefing: ({ id, ...patch }) => session().briefings.update(id, patch),
    duplicateBriefing: ({ id, title }) => session().briefings.duplicate(id, title),
    deleteBriefing: ({ id }) => session().briefings.delete(id),
    addBriefingSection: ({ briefingId, heading, position }) => session().briefings.addSection(briefingId, heading, position),
    renameBriefingSection: ({ id, heading }) => session().briefings.renameSection(id, heading),
    moveBriefingSection: ({ id, position }) => session().briefings.moveSection(id, position),
    removeBriefingSection: ({ id }) => session().briefings.removeSection(id),
    setSectionChart: ({ sectionId, ...chart }) => session().briefings.setSectionChart(sectionId, chart),
    removeSectionChart: ({ sectionId }) => session().briefings.removeSectionChart(sectionId),
    addToBriefing: ({ briefingId, ...request }) => session().briefings.add(briefingId, request),
    updateBriefingItem: ({ id, ...patch }) => session().briefings.updateItem(id, patch),
    moveBriefingItem: ({ id, sectionId, position }) => session().briefings.moveItem(id, position, sectionId),
    removeBriefingItems: ({ ids }) => session().briefings.removeItems(ids),
    briefingDocument: ({ id }) => session().briefings.exportDocument(id),
    exportBriefing: async ({ id, format }) =>
      asTransported(await briefingExports.export(await session().briefings.exportDocument(id), format))
  }
}

/** The file as the contract carries it: base64, which every transport passes as text. */
function asTransported(file: { fileName: string; mimeType: string; data: Buffer }): BriefingExport {
  return { fileName: file.fileName, mimeType: file.mimeType, base64: file.data.toString('base64'), bytes: file.data.length }
}
