import type { CollectionAfterReadHook } from 'payload'

import type { Article } from '@/payload-types'
import { idOf, requestLoader } from '@/utilities/requestLoader'

type Byline = NonNullable<Article['bylines']>[number]

/**
 * Fills the read-only `bylines` with the public face of each author, in byline order: name, bio
 * and avatar, and nothing else. All articles of a list share one users query.
 */
export const populateBylines: CollectionAfterReadHook<Article> = async ({ doc, req }) => {
  const ids = (doc.authors ?? []).map(idOf).filter((id): id is string => Boolean(id))
  if (!ids.length) return { ...doc, bylines: [] }
  const loader = requestLoader<Byline>(req, 'bylines', async (keys) => {
    // Bylines are public by design; the select below is the whole of what is exposed.
    const { docs } = await req.payload.find({
      collection: 'users',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { avatar: true, bio: true, name: true },
      where: { id: { in: [...keys] } },
    })
    const byId = new Map(docs.map((user) => [String(user.id), user]))
    return keys.map((key) => {
      const user = byId.get(key)
      if (!user) return null
      return { id: key, name: user.name, bio: user.bio ?? null, avatar: idOf(user.avatar) }
    })
  })
  const bylines = (await loader.loadMany(ids)).filter(
    (byline): byline is Byline => Boolean(byline) && !(byline instanceof Error),
  )
  return { ...doc, bylines }
}
