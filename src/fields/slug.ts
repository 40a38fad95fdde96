import type { FieldHook, TextField } from 'payload'

import { slugify } from '@/utilities/slugify'

/** Fills an empty slug from another field (e.g. `name`) and normalises a typed one. */
const slugFrom =
  (source: string): FieldHook =>
  ({ data, originalDoc, value }) => {
    const typed = typeof value === 'string' ? slugify(value) : ''
    if (typed) return typed
    const from = (data?.[source] ?? originalDoc?.[source]) as unknown
    return typeof from === 'string' ? slugify(from) : value
  }

/** A unique, indexed URL slug derived from `source` unless an editor types one. */
export const createSlugField = (source: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    admin: { position: 'sidebar', description: `Filled from the ${source} when left empty.` },
    hooks: { beforeValidate: [slugFrom(source)] },
    ...overrides,
  }) as TextField
