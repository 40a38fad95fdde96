import { describe, expect, it } from 'vitest'

import { isShareable, publicCacheControl } from './cacheControl'

describe('Cache-Control decision', () => {
  it('shares only anonymous GETs that are not about accounts', () => {
    expect(isShareable({ method: 'GET', personal: false, signedIn: false })).toBe(true)
    expect(isShareable({ method: 'GET', personal: false, signedIn: true })).toBe(false)
    expect(isShareable({ method: 'GET', personal: true, signedIn: false })).toBe(false)
    expect(isShareable({ method: 'POST', personal: false, signedIn: false })).toBe(false)
  })

  it('writes the configured lifetimes', () => {
    expect(publicCacheControl({ maxAge: 0, sMaxAge: 60, staleWhileRevalidate: 600 })).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    )
  })
})
