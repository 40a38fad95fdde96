import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { createSlugField } from '@/fields/slug'

export const Regions: CollectionConfig = {
  slug: 'regions',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'parent', 'slug'],
    group: 'Taxonomy',
  },
  access: { create: isEditor, delete: isEditor, read: anyone, update: isEditor },
  defaultPopulate: { name: true, slug: true, code: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    createSlugField('name'),
    {
      name: 'code',
      type: 'text',
      maxLength: 3,
      admin: { description: 'ISO 3166-1 alpha-2 (e.g. YE) or UN M49 (e.g. 145).' },
    },
    { name: 'description', type: 'textarea' },
    {
      name: 'commentsMode',
      type: 'select',
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Pre-moderated', value: 'premoderated' },
        { label: 'Closed', value: 'closed' },
      ],
      admin: {
        description: 'Comment policy for its articles; empty inherits the newsroom default.',
      },
    },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'regions',
      where: { _status: { equals: 'published' } },
      defaultSort: '-publishedAt',
      defaultLimit: 10,
      admin: { description: 'Published articles in this region.' },
    },
  ],
}
