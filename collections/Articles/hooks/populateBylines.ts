import DataLoader from 'dataloader'
import type { CollectionAfterReadHook, PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'

type Byline = NonNullable<Article['bylines']>[number]

const LOADER_KEY = 'newsroom:bylineLoader'

/**
 * One loader per request batches every byline lookup of a list into a single query
 * (no N+1), and selects only what readers may see: name, bio and avatar.
 */
const bylineLoader = (req: PayloadRequest): DataLoader<string, Byline | null> => {
  const context = req.context as Record<string, unknown>
  if (!context[LOADER_KEY]) {
    context[LOADER_KEY] = new DataLoader<string, Byline | null>(async (ids) => {
      // Bylines are public by design; the select below is the whole of what is exposed.
      const { docs } = await req.payload.find({
        collection: 'users',
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        pagination: false,
        req,
        select: { avatar: true, bio: true, name: true },
        where: { id: { in: [...ids] } },
      })
      const byId = new Map(docs.map((user) => [String(user.id), user]))
      return ids.map((id) => {
        const user = byId.get(id)
        if (!user) return null
        const avatar = user.avatar && typeof user.avatar === 'object' ? user.avatar.id : user.avatar
        return {
          id: String(user.id),
          name: user.name,
          bio: user.bio ?? null,
          avatar: avatar ?? null,
        }
      })
    })
  }
  return context[LOADER_KEY] as DataLoader<string, Byline | null>
}

/** Fills the read-only `bylines` with the public face of each author, in byline order. */
export const populateBylines: CollectionAfterReadHook<Article> = async ({ doc, req }) => {
  const ids = (doc.authors ?? [])
    .map((author) => (author && typeof author === 'object' ? author.id : author))
    .filter(Boolean)
    .map(String)
  if (!ids.length) return { ...doc, bylines: [] }
  const bylines = (await bylineLoader(req).loadMany(ids)).filter(
    (byline): byline is Byline => Boolean(byline) && !(byline instanceof Error),
  )
  return { ...doc, bylines }
}
