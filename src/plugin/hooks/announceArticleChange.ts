import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { articleTransition } from '@collections/Articles/publicState'

import type { Article } from '@/payload-types'
import { idOf } from '@/utilities/requestLoader'

import { announce } from '../publicChange'
import type { PublicChangeListener } from '../publicChange'

type Filed = Pick<Article, 'slug' | 'regions' | 'topics'>

const ids = (...lists: (unknown[] | null | undefined)[]): string[] => [
  ...new Set(lists.flatMap((list) => (list ?? []).map(idOf)).filter((id): id is string => !!id)),
]

const where = (doc: Filed, previous?: Partial<Filed> | null) => ({
  slugs: [...new Set([doc.slug, previous?.slug].filter((slug): slug is string => !!slug))],
  regionIds: ids(doc.regions, previous?.regions),
  topicIds: ids(doc.topics, previous?.topics),
})

export const announceArticleChange =
  (listener: PublicChangeListener): CollectionAfterChangeHook<Article> =>
  async ({ doc, previousDoc, req }) => {
    const kind = articleTransition({ doc, previousDoc, req })
    if (kind) {
      await announce(
        listener,
        { collection: 'articles', kind, id: String(doc.id), ...where(doc, previousDoc) },
        req,
      )
    }
    return doc
  }

export const announceArticleDelete =
  (listener: PublicChangeListener): CollectionAfterDeleteHook<Article> =>
  async ({ doc, req }) => {
    if (doc._status === 'published') {
      await announce(
        listener,
        { collection: 'articles', kind: 'deleted', id: String(doc.id), ...where(doc) },
        req,
      )
    }
    return doc
  }
