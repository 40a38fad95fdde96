import { createHash } from 'node:crypto'

import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import { setResponseHeader } from './cacheControl'

type Versioned = { id: string | number; updatedAt?: string | null }

/**
 * A weak ETag for a representation of these documents: their ids and `updatedAt`, plus the
 * request's query string (depth, select… change the body). Weak, because populated relations
 * (an author's bio, a related story's title) can change without changing it.
 */
export const weakETag = (docs: readonly Versioned[], variant = ''): string => {
  const hash = createHash('sha256')
  hash.update(variant)
  for (const doc of docs) hash.update(`\n${doc.id}@${doc.updatedAt ?? ''}`)
  return `W/"${hash.digest('base64url').slice(0, 27)}"`
}

/** The newest `updatedAt` as an HTTP date, or null when no document has one. */
export const lastModified = (docs: readonly Versioned[]): string | null => {
  const times = docs
    .map((doc) => (doc.updatedAt ? Date.parse(doc.updatedAt) : NaN))
    .filter((time) => Number.isFinite(time))
  return times.length ? new Date(Math.max(...times)).toUTCString() : null
}

const isSlugQuery = (req: PayloadRequest): boolean => {
  const where = req.query?.where as { slug?: { equals?: unknown } } | undefined
  return typeof where?.slug?.equals === 'string'
}

/** The documents an article read answered with, when it is one the validators describe. */
const answeredDocs = ({
  operation,
  req,
  result,
}: Parameters<CollectionAfterOperationHook>[0]): Versioned[] | null => {
  const route = req.routeParams as { collection?: unknown; id?: unknown } | undefined
  if (req.payloadAPI !== 'REST' || req.method !== 'GET' || route?.collection !== 'articles') {
    return null
  }
  if (operation === 'findByID' && route.id !== undefined) {
    return result ? [result as Versioned] : null
  }
  if (operation === 'find' && route.id === undefined && isSlugQuery(req)) {
    const { docs } = result as { docs: Versioned[] }
    return docs.length ? docs : null
  }
  return null
}

/**
 * `ETag` and `Last-Modified` on REST reads of an article: `GET /api/articles/:id` and
 * `GET /api/articles?where[slug][equals]=…`. Nested reads of the same request run first, so the
 * request's own read has the last word.
 */
export const setArticleValidators: CollectionAfterOperationHook = (args) => {
  const docs = answeredDocs(args)
  if (docs) {
    setResponseHeader(args.req, 'ETag', weakETag(docs, args.req.search ?? ''))
    const modified = lastModified(docs)
    if (modified) setResponseHeader(args.req, 'Last-Modified', modified)
  }
  return args.result
}
