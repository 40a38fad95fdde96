import { describe, expect, it } from 'vitest'

import {
  ConfigurationError,
  DEMO_SECRET,
  resolveApiCache,
  resolveCorsOrigins,
  resolveCsrfOrigins,
  resolveSecret,
  useSecureCookies,
} from './env'

const production = { NODE_ENV: 'production' }
const longSecret = 'f'.repeat(64)

describe('resolveSecret', () => {
  it('uses the demo secret in development so a fresh clone starts', () => {
    expect(resolveSecret({ NODE_ENV: 'development' })).toBe(DEMO_SECRET)
  })

  it('refuses to start production without a secret', () => {
    expect(() => resolveSecret(production)).toThrow(ConfigurationError)
    expect(() => resolveSecret(production)).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('refuses the public demo secret in production', () => {
    expect(() => resolveSecret({ ...production, PAYLOAD_SECRET: DEMO_SECRET })).toThrow(/demo/)
  })

  it('refuses a short secret in production', () => {
    expect(() => resolveSecret({ ...production, PAYLOAD_SECRET: 'short' })).toThrow(/at least 32/)
  })

  it('accepts a long random secret in production', () => {
    expect(resolveSecret({ ...production, PAYLOAD_SECRET: longSecret })).toBe(longSecret)
  })

  it('lets `next build` collect pages without the runtime secret', () => {
    const build = { ...production, NEXT_PHASE: 'phase-production-build' }
    expect(() => resolveSecret(build)).not.toThrow()
  })
})

describe('origins and cookies', () => {
  it('trusts cookies only from the server itself and the listed origins', () => {
    expect(
      resolveCsrfOrigins({
        SERVER_URL: 'https://news.example.com/',
        CSRF_ORIGINS: 'https://preview.example.com, https://news.example.com',
      }),
    ).toEqual(['https://news.example.com', 'https://preview.example.com'])
  })

  it('allows CORS only for listed origins, never a wildcard by default', () => {
    expect(resolveCorsOrigins({})).toEqual([])
    expect(resolveCorsOrigins({ CORS_ORIGINS: 'https://app.example.com' })).toEqual([
      'https://app.example.com',
    ])
  })

  it('marks cookies secure in production', () => {
    expect(useSecureCookies(production)).toBe(true)
    expect(useSecureCookies({ NODE_ENV: 'development' })).toBe(false)
    expect(useSecureCookies({ ...production, INSECURE_COOKIES: 'true' })).toBe(false)
  })
})

describe('API cache lifetimes', () => {
  it('default to a minute fresh on the CDN and ten minutes stale-while-revalidate', () => {
    expect(resolveApiCache({})).toEqual({ maxAge: 0, sMaxAge: 60, staleWhileRevalidate: 600 })
  })

  it('are read from the environment', () => {
    expect(
      resolveApiCache({
        API_CACHE_MAX_AGE: '5',
        API_CACHE_S_MAXAGE: '300',
        API_CACHE_STALE_WHILE_REVALIDATE: '0',
      }),
    ).toEqual({ maxAge: 5, sMaxAge: 300, staleWhileRevalidate: 0 })
  })

  it('refuse anything but whole seconds, naming the variable', () => {
    expect(() => resolveApiCache({ API_CACHE_S_MAXAGE: '1m' })).toThrow(
      /API_CACHE_S_MAXAGE must be a whole number of seconds/,
    )
  })
})
