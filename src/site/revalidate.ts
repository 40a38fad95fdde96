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

const appURL = () => process.env.NEWSROOM_INTERNAL_URL || process.env.SERVER_URL

/**
 * Asks the running app to expire pages, for work done outside a Next request. Resolves with
 * what happened, in words for a log; never rejects.
 */
export const askAppToRevalidate = async (
  paths: string[] | 'everything',
  payloadSecret: string,
): Promise<{ ok: boolean; message: string }> => {
  const base = appURL()
  const what = paths === 'everything' ? 'every page' : paths.join(' ')
  if (!base)
    return { ok: false, message: `no SERVER_URL: could not ask the app to revalidate ${what}` }
  try {
    const response = await fetch(new URL(REVALIDATE_ROUTE, base), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REVALIDATE_HEADER]: revalidateToken(payloadSecret),
      },
      body: JSON.stringify({ paths }),
      signal: AbortSignal.timeout(10_000),
    })
    return response.ok
      ? { ok: true, message: `asked ${base} to revalidate ${what}` }
      : { ok: false, message: `${base}${REVALIDATE_ROUTE} answered ${response.status}` }
  } catch (error) {
    return { ok: false, message: `could not reach ${base} to revalidate ${what}: ${String(error)}` }
  }
}

/**
 * Changes made outside a Next request (scheduled publishing in the jobs runner) ask the running
 * app over HTTP a second later, so that the writing transaction has committed before any page
 * is re-rendered from the database. A script that exits sooner (`npm run seed`) asks once itself
 * when it is done.
 */
const askTheAppSoon = (paths: string[] | 'everything', req: PayloadRequest) => {
  if (!appURL()) return
  const timer = setTimeout(() => {
    void askAppToRevalidate(paths, req.payload.secret).then(({ ok, message }) => {
      if (!ok) req.payload.logger.warn(`newsroom: ${message}`)
    })
  }, 1000)
  timer.unref()
}

export const revalidatePaths = (paths: string[] | 'everything', req: PayloadRequest) => {
  if (Array.isArray(paths) && !paths.length) return
  try {
    expirePaths(paths)
  } catch (error) {
    if (!outsideNext(error)) throw error
    askTheAppSoon(paths, req)
  }
}

/** The reader site's listener for the plugin's `onPublicChange`. */
export const revalidateReaderSite: PublicChangeListener = async (change, req) => {
  revalidatePaths(await pathsForChange(change, req), req)
}
