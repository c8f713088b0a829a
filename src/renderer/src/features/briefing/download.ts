/**
 * Hands an exported file to the browser's download (in Electron, the save dialog): its bytes, base64 as they crossed
 * the transport, in a Blob behind a temporary <a download>.
 */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download has read the Blob by the next turn of the event loop; keep the URL a little longer to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
