import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'

import type { PublicChangeListener } from '@/plugin/publicChange'

import { pathsForChange } from './revalidation'

export const REVALIDATE_ROUTE = '/next/revalidate'
export const REVALIDATE_HEADER = 'x-newsroom-revalidate'

/** A token the app derives from its own secret: only the app can ask itself to revalidate. */
export const revalidateToken = (secret: string) =>
  createHmac('sha256', secret).update('newsroom:revalidate').digest('hex')

export const isRevalidateToken = (secret: string, token: string | null): boolean => {
  const expected = Buffer.from(revalidateToken(secret))
  const given = Buffer.from(token ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** `everything` expires every page of the site (a deploy, a bulk import such as the seed). */
export const expirePaths = (paths: string[] | 'everything') => {
  if (paths === 'everything') return revalidatePath('/', 'layout')
  for (const path of paths) revalidatePath(path)
}

const outsideNext = (error: unknown) =>
  error instanceof Error && error.message.includes('static generation store missing')

/**
 * Changes made outside a Next request (scheduled publishing in the jobs runner, `npm run seed`)
 * ask the running app over HTTP. The call waits a moment so that the writing transaction has
 * committed before any page is re-rendered from the database.
 */
const askTheApp = (paths: string[] | 'everything', req: PayloadRequest) => {
  const base = process.env.NEWSROOM_INTERNAL_URL || process.env.SERVER_URL
  if (!base) return
  const timer = setTimeout(() => {
    fetch(new URL(REVALIDATE_ROUTE, base), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REVALIDATE_HEADER]: revalidateToken(req.payload.secret),
      },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(10_000),
    })
      .then((response) => {
        if (!response.ok) throw new Error(`${REVALIDATE_ROUTE} answered ${response.status}`)
      })
      .catch((error: unknown) =>
        req.payload.logger.warn(
          { err: error },
          `newsroom: could not ask ${base} to revalidate ${paths === 'everything' ? 'the site' : paths.join(' ')}`,
        ),
      )
  }, 1000)
  timer.unref()
}

export const revalidatePaths = (paths: string[] | 'everything', req: PayloadRequest) => {
  if (Array.isArray(paths) && !paths.length) return
  try {
    expirePaths(paths)
  } catch (error) {
    if (!outsideNext(error)) throw error
    askTheApp(paths, req)
  }
}

/** The reader site's listener for the plugin's `onPublicChange`. */
export const revalidateReaderSite: PublicChangeListener = async (change, req) => {
  revalidatePaths(await pathsForChange(change, req), req)
}
