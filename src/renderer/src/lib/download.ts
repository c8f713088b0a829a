/** Hands a file to the browser's download (in Electron, the save dialog): a Blob behind a temporary <a download>. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download has read the Blob by the next turn of the event loop; keep the URL a little longer to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Text, such as a CSV export. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }))
}

/** An exported file whose bytes crossed the transport as base64. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  downloadBlob(fileName, new Blob([bytes], { type }))
}
