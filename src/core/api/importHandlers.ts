import type { ApiHandlers } from '../../shared/api'
import type { MarsadCore } from '../core'
import { headerKey } from '../ingest'

type ImportMethods = 'importPaths' | 'importFiles' | 'rememberColumns' | 'cancelImport' | 'currentImport' | 'listImports' | 'listImportStories'

export function importHandlers(core: MarsadCore): Pick<ApiHandlers, ImportMethods> {
  return {
    importPaths: ({ paths, columns }) => ({ jobId: core.imports.start({ paths, ...(columns ? { columns: { remembered: [], named: columns } } : {}) }) }),
    importFiles: ({ files }) => ({ jobId: core.imports.start({ files }) }),
    rememberColumns: ({ header, mapping }) => {
      core.library.columnMappings.remember(headerKey(header), { header, mapping })
      return { remembered: true }
    },
    cancelImport: ({ jobId }) => ({ cancelled: core.imports.cancel(jobId) }),
    currentImport: () => core.imports.current(),
    listImports: ({ limit }) => core.library.imports.listRuns(limit),
    listImportStories: ({ runId, offset, limit }) => ({ offset, ...core.library.imports.storiesOfRun(runId, offset, limit) })
  }
}
