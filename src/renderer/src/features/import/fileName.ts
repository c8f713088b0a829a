/** A file as the summary names it: its name, or a zip's name and the member's path inside it ('a.zip › in/b.txt'). */
export function fileName(path: string): string {
  const [outer, ...members] = path.split(' › ')
  return [outer!.split(/[\\/]/).pop() ?? outer, ...members].join(' › ')
}
