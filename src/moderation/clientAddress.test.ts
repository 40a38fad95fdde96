import { describe, expect, it } from 'vitest'

import { clientAddress, hashAddress } from './clientAddress'

const headers = (xff?: string) => new Headers(xff ? { 'x-forwarded-for': xff } : {})

describe('clientAddress', () => {
  it('uses the single address the server itself set', () => {
    expect(clientAddress(headers('203.0.113.7'), 0)).toBe('203.0.113.7')
  })

  it('behind one trusted proxy, takes the address that proxy saw, not what the client claimed', () => {
    expect(clientAddress(headers('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7')
    expect(clientAddress(headers('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7')
  })

  it('says unknown when there is nothing to go on', () => {
    expect(clientAddress(headers(), 0)).toBe('unknown')
  })
})

describe('hashAddress', () => {
  it('is stable for one secret and differs across secrets', () => {
    expect(hashAddress('203.0.113.7', 'a')).toBe(hashAddress('203.0.113.7', 'a'))
    expect(hashAddress('203.0.113.7', 'a')).not.toBe(hashAddress('203.0.113.7', 'b'))
    expect(hashAddress('203.0.113.7', 'a')).not.toContain('203')
  })
})
