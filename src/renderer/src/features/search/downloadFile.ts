/** Hands text to the browser's (or Electron's) download: a Blob behind a temporary <a download>. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download has read the Blob by the next turn of the event loop; keep the URL a little longer to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
