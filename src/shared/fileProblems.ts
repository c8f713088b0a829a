/**
 * What an operating-system error means for a file the user named, in words they can act on — not
 * "ENOENT: no such file or directory, open '…'". The sentence completes "NAME: …".
 */
export type PathKind = 'file' | 'folder' | 'file or folder'

export function fileProblem(error: unknown, kind: PathKind, doing: 'read' | 'write' = 'read'): string {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'ENOENT':
      return doing === 'write'
        ? 'the folder to write it in does not exist.'
        : `the ${kind} does not exist (it may have been moved or deleted).`
    case 'ENOTDIR':
      return `a part of the path is a file, not a folder, so there is no such ${kind}.`
    case 'EACCES':
    case 'EPERM':
      return `permission to ${doing} the ${kind} was denied.`
    case 'EISDIR':
      return 'this is a folder, not a file.'
    case 'ELOOP':
      return 'the path runs round a loop of symbolic links and leads to nothing.'
    case 'ENAMETOOLONG':
      return 'the path is longer than the file system allows.'
    case 'ENOSPC':
      return 'the disk is full.'
    case 'EROFS':
      return 'the disk is read-only.'
    default:
      return `the ${kind} could not be ${doing === 'read' ? 'read' : 'written'} (${error instanceof Error ? error.message : String(error)}).`
  }
}
