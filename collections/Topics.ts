import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { createSlugField } from '@/fields/slug'

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Taxonomy' },
  access: { create: isEditor, delete: isEditor, read: anyone, update: isEditor },
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    createSlugField('name'),
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
      on: 'topics',
      where: { _status: { equals: 'published' } },
      defaultSort: '-publishedAt',
      defaultLimit: 10,
      admin: { description: 'Published articles on this topic.' },
    },
  ],
}
