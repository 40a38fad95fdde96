/**
 * Reads the app's environment once, with the safe defaults a newsroom needs: production refuses to
 * start without a real secret, and nothing below is read from anywhere but here.
 */

import { DEFAULT_API_CACHE } from '@/api/cacheControl'
import type { ApiCacheSettings } from '@/api/cacheControl'

/** Used only outside production so `npm run dev` works on a fresh clone. */
export const DEMO_SECRET = 'newsroom-demo-secret-never-use-in-production'

const MIN_SECRET_LENGTH = 32

type Env = Record<string, string | undefined>

export const isProduction = (env: Env = process.env): boolean => env.NODE_ENV === 'production'

/** `next build` evaluates the config to collect page data; it must not need runtime secrets. */
export const isBuildPhase = (env: Env = process.env): boolean =>
  env.NEXT_PHASE === 'phase-production-build'

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}

export const resolveSecret = (env: Env = process.env): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (!isProduction(env)) return secret || DEMO_SECRET
  if (isBuildPhase(env)) return secret || 'build-phase-placeholder-secret-not-used-at-runtime'
  if (!secret) {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set. In production the newsroom refuses to start without a secret: ' +
        'set PAYLOAD_SECRET to a random string of at least 32 characters (e.g. `openssl rand -hex 32`).',
    )
  }
  if (secret === DEMO_SECRET) {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is the public demo secret. Set a random secret of your own for production.',
    )
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigurationError(
      `PAYLOAD_SECRET is ${secret.length} characters long; production needs at least ${MIN_SECRET_LENGTH}.`,
    )
  }
  return secret
}

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().replace(/\/+$/, ''))
    .filter(Boolean)

/** The public origin of the app, e.g. `https://news.example.com`; empty means "relative URLs". */
export const resolveServerURL = (env: Env = process.env): string =>
  (env.SERVER_URL ?? '').trim().replace(/\/+$/, '')

/** Origins whose cookies Payload accepts (CSRF): the server itself plus `CSRF_ORIGINS`. */
export const resolveCsrfOrigins = (env: Env = process.env): string[] => {
  const origins = [resolveServerURL(env), ...splitList(env.CSRF_ORIGINS)].filter(Boolean)
  return [...new Set(origins)]
}

/** Origins allowed to call the API from a browser (`CORS_ORIGINS`); never `*`. */
export const resolveCorsOrigins = (env: Env = process.env): string[] => splitList(env.CORS_ORIGINS)

/** Secure cookies in production, unless an operator explicitly serves plain HTTP. */
export const useSecureCookies = (env: Env = process.env): boolean =>
  isProduction(env) && env.INSECURE_COOKIES !== 'true'

const seconds = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw)) {
    throw new ConfigurationError(`${name} must be a whole number of seconds (got "${raw}").`)
  }
  return Number(raw)
}

/** `API_CACHE_MAX_AGE`, `API_CACHE_S_MAXAGE`, `API_CACHE_STALE_WHILE_REVALIDATE` (seconds). */
export const resolveApiCache = (env: Env = process.env): ApiCacheSettings => ({
  maxAge: seconds(env, 'API_CACHE_MAX_AGE', DEFAULT_API_CACHE.maxAge),
  sMaxAge: seconds(env, 'API_CACHE_S_MAXAGE', DEFAULT_API_CACHE.sMaxAge),
  staleWhileRevalidate: seconds(
    env,
    'API_CACHE_STALE_WHILE_REVALIDATE',
    DEFAULT_API_CACHE.staleWhileRevalidate,
  ),
})
