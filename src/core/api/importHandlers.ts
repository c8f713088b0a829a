import type { ApiHandlers } from '../../shared/api'
import type { importContract } from '../../shared/contract/imports'
import { headerKey } from '../ingest'
import type { HandlerContext } from './context'

export function importHandlers({
  session,
  imports
}: Pick<HandlerContext, 'session' | 'imports'>): Pick<ApiHandlers, keyof typeof importContract> {
  // An import into a library that cannot be written is refused before its threads start, saying why.
  const startImport = (request: Parameters<HandlerContext['imports']['start']>[0]) => {
    session().library.assertWritable()
    return { jobId: imports.start(request) }
  }
  return {
    importPaths: ({ paths, columns }) => startImport({ paths, ...(columns ? { columns: { remembered: [], named: columns } } : {}) }),
    importFiles: ({ files }) => startImport({ files }),
    rememberColumns: ({ header, mapping }) => {
      session().library.columnMappings.remember(headerKey(header), { header, mapping })
      return { remembered: true }
    },
    cancelImport: ({ jobId }) => ({ cancelled: imports.cancel(jobId) }),
    currentImport: () => imports.current(),
    listImports: ({ limit }) => session().library.imports.listRuns(limit),
    listImportStories: ({ runId, offset, limit }) => ({ offset, ...session().library.imports.storiesOfRun(runId, offset, limit) })
  }
}
