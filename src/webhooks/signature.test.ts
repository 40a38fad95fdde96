import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { signWebhook, verifyWebhookSignature } from './signature'

const secret = 'a'.repeat(64)
const body = JSON.stringify({ event: 'article.published', article: { id: '1', title: 'Yemen' } })
const t = 1_800_000_000
const at = (seconds: number) => new Date(seconds * 1000)

describe('signWebhook', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 and says when', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
    expect(signWebhook(secret, body, t)).toBe(`t=${t},v1=${expected}`)
  })

  it('gives a different signature for another timestamp, body or secret', () => {
    const base = signWebhook(secret, body, t)
    expect(signWebhook(secret, body, t + 1)).not.toBe(base)
    expect(signWebhook(secret, `${body} `, t)).not.toBe(base)
    expect(signWebhook('b'.repeat(64), body, t)).not.toBe(base)
  })
})

describe('verifyWebhookSignature', () => {
  const header = signWebhook(secret, body, t)

  it('accepts a fresh, untouched delivery', () => {
    expect(verifyWebhookSignature({ secret, header, body, now: at(t + 10) })).toBe(true)
  })

  it('refuses a body changed in transit', () => {
    const tampered = body.replace('Yemen', 'Oman')
    expect(verifyWebhookSignature({ secret, header, body: tampered, now: at(t) })).toBe(false)
  })

  it('refuses a signature made with another secret', () => {
    expect(verifyWebhookSignature({ secret: 'c'.repeat(64), header, body, now: at(t) })).toBe(false)
  })

  it('refuses a replay older than the tolerance, and a timestamp from the future', () => {
    expect(verifyWebhookSignature({ secret, header, body, now: at(t + 301) })).toBe(false)
    expect(verifyWebhookSignature({ secret, header, body, now: at(t - 301) })).toBe(false)
    expect(verifyWebhookSignature({ secret, header, body, now: at(t + 300) })).toBe(true)
    expect(
      verifyWebhookSignature({ secret, header, body, now: at(t + 3600), toleranceSeconds: 7200 }),
    ).toBe(true)
  })

  it('refuses a moved timestamp even with the original signature', () => {
    const moved = header.replace(`t=${t}`, `t=${t + 60}`)
    expect(verifyWebhookSignature({ secret, header: moved, body, now: at(t + 60) })).toBe(false)
  })

  it('refuses missing, empty and malformed headers', () => {
    for (const bad of [undefined, null, '', 'v1=abc', `t=${t}`, `t=soon,v1=${'0'.repeat(64)}`]) {
      expect(verifyWebhookSignature({ secret, header: bad, body, now: at(t) })).toBe(false)
    }
  })

  it('accepts any one matching v1, so secrets can be rotated', () => {
    const other = signWebhook('d'.repeat(64), body, t).split(',')[1]
    const both = `${header.split(',')[0]},${other},${header.split(',')[1]}`
    expect(verifyWebhookSignature({ secret, header: both, body, now: at(t) })).toBe(true)
  })
})
