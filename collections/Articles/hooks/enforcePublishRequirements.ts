import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

export const SEO_TITLE_MAX = 70
export const SEO_DESCRIPTION_MIN = 50
export const SEO_DESCRIPTION_MAX = 160

const idOf = (value: string | { id: string } | null | undefined): string | null => {
  if (!value) return null
  return typeof value === 'object' ? value.id : value
}

/**
 * The publish gate: an article goes live only with a standfirst, at least one region, a hero
 * image with alt text and SEO title/description of sane length. Drafts may be incomplete.
 */
export const enforcePublishRequirements: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const merged = { ...originalDoc, ...data }
  const errors: { message: string; path: string }[] = []

  if (!merged.standfirst?.trim()) {
    errors.push({ path: 'standfirst', message: 'A standfirst is required to publish.' })
  }
  if (!merged.regions?.length) {
    errors.push({ path: 'regions', message: 'At least one region is required to publish.' })
  }

  const heroId = idOf(merged.heroImage)
  if (!heroId) {
    errors.push({ path: 'heroImage', message: 'A hero image is required to publish.' })
  } else {
    // Media is public; the check looks only at the alt text of the chosen image.
    const hero = await req.payload
      .findByID({
        collection: 'media',
        id: heroId,
        depth: 0,
        overrideAccess: true,
        req,
        select: { alt: true },
      })
      .catch(() => null)
    if (!hero) {
      errors.push({ path: 'heroImage', message: 'The hero image no longer exists.' })
    } else if (!hero.alt?.trim()) {
      errors.push({ path: 'heroImage', message: 'The hero image needs alt text to publish.' })
    }
  }

  const title = merged.meta?.title?.trim() ?? ''
  if (!title) {
    errors.push({ path: 'meta.title', message: 'An SEO title is required to publish.' })
  } else if (title.length > SEO_TITLE_MAX) {
    errors.push({
      path: 'meta.title',
      message: `The SEO title is ${title.length} characters; keep it to ${SEO_TITLE_MAX}.`,
    })
  }
  const description = merged.meta?.description?.trim() ?? ''
  if (!description) {
    errors.push({ path: 'meta.description', message: 'An SEO description is required to publish.' })
  } else if (description.length < SEO_DESCRIPTION_MIN || description.length > SEO_DESCRIPTION_MAX) {
    errors.push({
      path: 'meta.description',
      message: `The SEO description is ${description.length} characters; it must be ${SEO_DESCRIPTION_MIN}–${SEO_DESCRIPTION_MAX}.`,
    })
  }

  if (errors.length) throw new ValidationError({ collection: 'articles', errors, req })
  return data
}
