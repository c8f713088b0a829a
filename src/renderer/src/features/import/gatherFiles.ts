/**
 * What the analyst dropped or picked. The app imports files that have a path on disk by that path (the preload
 * reads it from the File object); the rest (every file in a browser, a file dragged out of a mail client) are
 * sent as names and bytes. Folders dropped in a browser are walked here; hidden files are skipped as the
 * importer skips them.
 */
export interface ChosenFiles {
  files: File[]
  /** For a drop, each file's entry, through which a dropped folder is walked. */
  entries: (FileSystemEntry | null)[]
}

export interface NamedBytes {
  name: string
  bytes: Uint8Array<ArrayBuffer>
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

async function bytesOfEntry(entry: Entry, into: NamedBytes[]): Promise<void> {
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
export function chosenFromDrop(dataTransfer: DataTransfer): ChosenFiles {
  return {
    files: [...dataTransfer.files],
    entries: [...dataTransfer.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry())
  }
}

/** From the file picker (<input type="file" multiple>). */
export function chosenFromPicker(files: FileList): ChosenFiles {
  return { files: [...files], entries: [] }
}

/**
 * The chosen file or folder that holds `path` as the import named it (a path on disk, or a dropped file's name
 * with its folders), alone; null when none does.
 */
export function chosenHolding(chosen: ChosenFiles, path: string): ChosenFiles | null {
  const parts = path.split(/[\\/]/)
  const name = parts[parts.length - 1]
  let index = chosen.files.findIndex((file) => file.name === name)
  if (index < 0) index = chosen.files.findIndex((file) => parts.includes(file.name))
  if (index < 0) return null
  return { files: [chosen.files[index]!], entries: [chosen.entries[index] ?? null] }
}

/** The names and bytes of the chosen files at these indexes, folders walked, hidden files skipped. */
export async function bytesOfChosen(chosen: ChosenFiles, indexes: number[]): Promise<NamedBytes[]> {
  const named: NamedBytes[] = []
  for (const index of indexes) {
    const file = chosen.files[index]!
    const entry = chosen.entries[index]
    if (entry) await bytesOfEntry(entry, named)
    else if (!isHidden(file.name)) named.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  }
  return named
}
