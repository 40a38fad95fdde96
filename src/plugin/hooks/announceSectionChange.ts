import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Region, Topic } from '@/payload-types'

import { announce } from '../publicChange'
import type { PublicChangeListener } from '../publicChange'

type Section = Region | Topic

const slugsOf = (...docs: (Partial<Section> | null | undefined)[]) => [
  ...new Set(docs.map((doc) => doc?.slug).filter((slug): slug is string => !!slug)),
]

/** Regions and topics are public as soon as they exist; every write is a public change. */
export const announceSectionChange =
  (listener: PublicChangeListener, collection: 'regions' | 'topics'): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const section = doc as Section
    await announce(
      listener,
      {
        collection,
        kind: operation === 'create' ? 'created' : 'updated',
        id: String(section.id),
        slugs: slugsOf(section, previousDoc as Section | undefined),
      },
      req,
    )
    return doc
  }

export const announceSectionDelete =
  (listener: PublicChangeListener, collection: 'regions' | 'topics'): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const section = doc as Section
    await announce(
      listener,
      { collection, kind: 'deleted', id: String(section.id), slugs: slugsOf(section) },
      req,
    )
    return doc
  }
