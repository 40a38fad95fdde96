import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { createCommentsModeField, createPublishedArticlesJoin } from '@/fields/comments'
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
    createCommentsModeField(),
    createPublishedArticlesJoin('regions', 'in this region'),
  ],
}
