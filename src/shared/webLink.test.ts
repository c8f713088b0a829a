import { describe, expect, it } from 'vitest'
import { webLink } from './webLink'

describe('webLink', () => {
  it('accepts http and https addresses, including Arabic paths', () => {
    expect(webLink(' https://www.aljazeera.net/news/2024/2/4/كوريا ')).toBe(
      'https://www.aljazeera.net/news/2024/2/4/%D9%83%D9%88%D8%B1%D9%8A%D8%A7'
    )
    expect(webLink('http://example.com')).toBe('http://example.com/')
  })

  it('refuses every other scheme and text that is not an address', () => {
    for (const address of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'www.example.com',
      'موقع الوكالة',
      '',
      null
    ]) {
      expect(webLink(address)).toBeNull()
    }
  })
})
