import { describe, expect, it } from 'vitest'

import { isSafeLinkUrl } from './safeLinkUrl'

describe('isSafeLinkUrl', () => {
  it.each([
    'https://www.reuters.com/world/',
    'http://example.com',
    'mailto:desk@newsroom.test',
    '/regions/yemen',
    '#corrections',
    '?page=2',
    'regions/yemen',
  ])('accepts %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example.com',
    'https://',
    'mailto:',
    '',
    null,
  ])('refuses %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false)
  })
})
