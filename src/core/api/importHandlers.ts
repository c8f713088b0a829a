import type { ApiHandlers } from '../../shared/api'
import type { importContract } from '../../shared/contract/imports'
import type { HandlerContext } from './context'

export function importHandlers({ session, imports }: Pick<HandlerContext, 'session' | 'imports'>): Pick<ApiHandlers, keyof typeof importContract> {
  return {
    importPaths: ({ paths }) => ({ jobId: imports.start({ paths }) }),
    importFiles: ({ files }) => ({ jobId: imports.start({ files }) }),
    cancelImport: ({ jobId }) => ({ cancelled: imports.cancel(jobId) }),
    currentImport: () => imports.current(),
    listImports: ({ limit }) => session().library.imports.listRuns(limit),
    listImportStories: ({ runId, offset, limit }) => ({ offset, ...session().library.imports.storiesOfRun(runId, offset, limit) })
  }
}
