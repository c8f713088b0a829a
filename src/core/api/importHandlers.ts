import type { ApiHandlers } from '../../shared/api'
import type { MarsadCore } from '../core'

type ImportMethods = 'importPaths' | 'importFiles' | 'cancelImport' | 'currentImport' | 'listImports' | 'listImportStories'

export function importHandlers(core: MarsadCore): Pick<ApiHandlers, ImportMethods> {
  return {
    importPaths: ({ paths }) => {
      core.library.assertWritable()
      return { jobId: core.imports.start({ paths }) }
    },
    importFiles: ({ files }) => {
      core.library.assertWritable()
      return { jobId: core.imports.start({ files }) }
    },
    cancelImport: ({ jobId }) => ({ cancelled: core.imports.cancel(jobId) }),
    currentImport: () => core.imports.current(),
    listImports: ({ limit }) => core.library.imports.listRuns(limit),
    listImportStories: ({ runId, offset, limit }) => ({ offset, ...core.library.imports.storiesOfRun(runId, offset, limit) })
  }
}
