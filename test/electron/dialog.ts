/**
 * Electron's `dialog`, answered by the test as the user would answer: each call takes the next answer scripted
 * for its kind, and a dialog nobody scripted is cancelled, as a user closing it would. Every call is recorded,
 * with its options, so a spec can check what the app asked.
 */
export interface OpenDialogAnswer {
  canceled: boolean
  filePaths: string[]
}
export interface SaveDialogAnswer {
  canceled: boolean
  filePath?: string
}

export interface DialogCall {
  kind: 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showErrorBox'
  options: Record<string, unknown>
}

export class DialogScript {
  readonly calls: DialogCall[] = []
  private readonly openAnswers: OpenDialogAnswer[] = []
  private readonly saveAnswers: SaveDialogAnswer[] = []
  private readonly messageBoxAnswers: number[] = []

  /** The next Open dialog chooses these paths. */
  willOpen(...filePaths: string[]): void {
    this.openAnswers.push({ canceled: false, filePaths })
  }

  /** The next Save dialog saves to this path. */
  willSave(filePath: string): void {
    this.saveAnswers.push({ canceled: false, filePath })
  }

  /** The next message box is answered with this button. */
  willAnswerMessageBox(response: number): void {
    this.messageBoxAnswers.push(response)
  }

  /** The error boxes the app showed, as `title: content`. */
  errorBoxes(): string[] {
    return this.calls
      .filter((call) => call.kind === 'showErrorBox')
      .map((call) => `${String(call.options.title)}: ${String(call.options.content)}`)
  }

  /** The Electron module's surface: an optional parent window comes first, as in Electron's signatures. */
  readonly module = {
    showOpenDialog: (...args: unknown[]) => this.showOpenDialog(optionsOf(args)),
    showSaveDialog: (...args: unknown[]) => this.showSaveDialog(optionsOf(args)),
    showMessageBox: (...args: unknown[]) => this.showMessageBox(optionsOf(args)),
    showErrorBox: (title: string, content: string) => {
      this.calls.push({ kind: 'showErrorBox', options: { title, content } })
    }
  }

  showOpenDialog(options: Record<string, unknown>): Promise<OpenDialogAnswer> {
    this.calls.push({ kind: 'showOpenDialog', options })
    return Promise.resolve(this.openAnswers.shift() ?? { canceled: true, filePaths: [] })
  }

  showSaveDialog(options: Record<string, unknown>): Promise<SaveDialogAnswer> {
    this.calls.push({ kind: 'showSaveDialog', options })
    return Promise.resolve(this.saveAnswers.shift() ?? { canceled: true })
  }

  showMessageBox(options: Record<string, unknown>): Promise<{ response: number; checkboxChecked: boolean }> {
    this.calls.push({ kind: 'showMessageBox', options })
    const cancelId = typeof options.cancelId === 'number' ? options.cancelId : 0
    return Promise.resolve({ response: this.messageBoxAnswers.shift() ?? cancelId, checkboxChecked: false })
  }
}

function optionsOf(args: unknown[]): Record<string, unknown> {
  const options = args.length > 1 ? args[1] : args[0]
  return (options ?? {}) as Record<string, unknown>
}
