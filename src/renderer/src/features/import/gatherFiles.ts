/**
 * What the analyst dropped or picked, as the importer takes it: paths where the transport knows them (Electron),
 * else names and bytes (a browser, or a file dragged out of a mail client). Folders dropped in a browser are
 * walked here; hidden files are skipped as the importer skips them.
 */
export interface GatheredInput {
  paths: string[]
  files: { name: string; bytes: Uint8Array<ArrayBuffer> }[]
}

type Entry = FileSystemEntry

const isHidden = (name: string) => name.startsWith('.')

function readDirectory(directory: FileSystemDirectoryEntry): Promise<Entry[]> {
  const reader = directory.createReader()
  const all: Entry[] = []
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all)
        else {
          all.push(...batch)
          next()
        }
      }, reject)
    next()
  })
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

async function bytesOfEntry(entry: Entry, into: GatheredInput['files']): Promise<void> {
  if (isHidden(entry.name)) return
  if (entry.isDirectory) {
    const children = await readDirectory(entry as FileSystemDirectoryEntry)
    for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) await bytesOfEntry(child, into)
  } else {
    const file = await fileOf(entry as FileSystemFileEntry)
    into.push({ name: entry.fullPath.replace(/^\//, ''), bytes: new Uint8Array(await file.arrayBuffer()) })
  }
}

/** From a drop: must be called during the drop event (the browser empties the DataTransfer afterwards). */
export function gatherDrop(dataTransfer: DataTransfer, pathForFile?: (file: Blob) => string): Promise<GatheredInput> {
  const files = [...dataTransfer.files]
  const entries = [...dataTransfer.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry())
  return gather(files, (index) => entries[index] ?? null, pathForFile)
}

/** From the file picker (<input type="file" multiple>). */
export function gatherPicked(files: FileList, pathForFile?: (file: Blob) => string): Promise<GatheredInput> {
  return gather([...files], () => null, pathForFile)
}

async function gather(files: File[], entryAt: (index: number) => Entry | null, pathForFile?: (file: Blob) => string): Promise<GatheredInput> {
  const input: GatheredInput = { paths: [], files: [] }
  for (const [index, file] of files.entries()) {
    const path = pathForFile?.(file) ?? ''
    if (path) {
      input.paths.push(path)
      continue
    }
    const entry = entryAt(index)
    if (entry) await bytesOfEntry(entry, input.files)
    else if (!isHidden(file.name)) input.files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  }
  return input
}
