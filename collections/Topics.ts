import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { createCommentsModeField, createPublishedArticlesJoin } from '@/fields/comments'
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
    createCommentsModeField(),
    createPublishedArticlesJoin('topics', 'on this topic'),
  ],
}
