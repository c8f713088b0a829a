/** A file's text, bundled by Vite's `?raw` import (the demo dump). */
declare module '*?raw' {
  const text: string
  export default text
}
