import type { CollectionBeforeValidateHook } from 'payload'

import type { Article } from '@/payload-types'
import { slugify } from '@/utilities/slugify'

/**
 * The slug comes from the headline unless an editor types one, is made unique with a -2, -3…
 * suffix, and never changes once the article has been published (links to it must keep working).
 */
export const deriveSlug: CollectionBeforeValidateHook<Article> = async ({
  data = {},
  originalDoc,
  req,
}) => {
  if (originalDoc?.publishedAt && originalDoc.slug) return { ...data, slug: originalDoc.slug }

  const base = slugify(data.slug || originalDoc?.slug || data.title || originalDoc?.title || '')
  if (!base) return data

  for (let attempt = 1; attempt < 50; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    // A uniqueness check across every article, drafts included: it must see them all.
    const { totalDocs } = await req.payload.count({
      collection: 'articles',
      overrideAccess: true,
      req,
      where: {
        and: [
          { slug: { equals: candidate } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    })
    if (totalDocs === 0) return { ...data, slug: candidate }
  }
  return { ...data, slug: `${base}-${Date.now()}` }
}
