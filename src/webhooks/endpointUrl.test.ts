import { describe, expect, it } from 'vitest'

import { WEBHOOK_URL_RULE, isWebhookUrl, validateWebhookUrl } from './endpointUrl'

describe('isWebhookUrl', () => {
  it('takes http and https addresses', () => {
    expect(isWebhookUrl('https://apps.example.com/hooks/newsroom')).toBe(true)
    expect(isWebhookUrl('http://127.0.0.1:4000/hook?x=1')).toBe(true)
  })

  it('refuses other schemes, relative paths, blanks and non-strings', () => {
    for (const bad of [
      'ftp://example.com/hook',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '/api/hook',
      'example.com/hook',
      ' https://example.com',
      '',
      null,
      42,
    ]) {
      expect(isWebhookUrl(bad), String(bad)).toBe(false)
    }
  })

  it('explains the rule when the URL is refused', () => {
    expect(validateWebhookUrl('example.com')).toBe(WEBHOOK_URL_RULE)
    expect(validateWebhookUrl('https://example.com')).toBe(true)
  })
})
