import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import type { CollectionConfig } from 'payload'

import {
  canCreateArticle,
  canDeleteArticle,
  canReadArticleVersions,
  canUpdateArticle,
} from '@/access/articleWriteAccess'
import { nobody } from '@/access/isServer'
import { publishedOrWriters } from '@/access/publishedOrWriters'
import { createBodyField } from '@/fields/body'
import { createCommentsModeField } from '@/fields/comments'

import { assignAuthors } from './hooks/assignAuthors'
import { computeReadingTime } from './hooks/computeReadingTime'
import { deriveSlug } from './hooks/deriveSlug'
import {
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
  enforcePublishRequirements,
} from './hooks/enforcePublishRequirements'
import { guardEditorialStatus } from './hooks/guardEditorialStatus'
import { hideUnpublishedRelated } from './hooks/hideUnpublishedRelated'
import { populateBylines } from './hooks/populateBylines'
import { queueUnpublishWebhooks } from './hooks/queueUnpublishWebhooks'
import { queueWebhooks } from './hooks/queueWebhooks'
import { refuseUnsafeLinks } from './hooks/refuseUnsafeLinks'
import { setPublishedAt } from './hooks/setPublishedAt'
import { rememberStoredStatus } from './publicState'

export const EDITORIAL_STATUSES = [
  { label: 'Writing', value: 'writing' },
  { label: 'In review', value: 'in_review' },
  { label: 'Changes requested', value: 'changes_requested' },
  { label: 'Ready to publish', value: 'ready' },
] as const

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'editorialStatus', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'standfirst', 'slug'],
    group: 'Newsroom',
  },
  access: {
    create: canCreateArticle,
    delete: canDeleteArticle,
    read: publishedOrWriters,
    readVersions: canReadArticleVersions,
    update: canUpdateArticle,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    kicker: true,
    standfirst: true,
    heroImage: true,
    publishedAt: true,
  },
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeOperation: [rememberStoredStatus],
    beforeValidate: [deriveSlug, assignAuthors],
    beforeChange: [
      refuseUnsafeLinks,
      guardEditorialStatus,
      setPublishedAt,
      computeReadingTime,
      enforcePublishRequirements,
    ],
    afterChange: [queueWebhooks],
    afterDelete: [queueUnpublishWebhooks],
    afterRead: [hideUnpublishedRelated, populateBylines],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Story',
          fields: [
            {
              name: 'kicker',
              type: 'text',
              maxLength: 40,
              admin: { description: 'Short label above the headline, e.g. "Analysis" or "Yemen".' },
            },
            {
              name: 'standfirst',
              type: 'textarea',
              maxLength: 320,
              admin: { description: 'The summary under the headline and in lists.' },
            },
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            createBodyField(),
            {
              name: 'corrections',
              type: 'array',
              labels: { singular: 'Correction', plural: 'Corrections' },
              admin: { description: 'Shown in a corrections box at the end of the article.' },
              fields: [
                { name: 'date', type: 'date', required: true },
                { name: 'text', type: 'textarea', required: true },
              ],
            },
          ],
        },
        {
          name: 'meta',
          label: 'SEO',
          fields: [
            OverviewField({
              titlePath: 'meta.title',
              descriptionPath: 'meta.description',
              imagePath: 'meta.image',
            }),
            MetaTitleField({ hasGenerateFn: false, overrides: { maxLength: SEO_TITLE_MAX } }),
            MetaImageField({ relationTo: 'media' }),
            MetaDescriptionField({ overrides: { maxLength: SEO_DESCRIPTION_MAX } }),
            PreviewField({ titlePath: 'meta.title', descriptionPath: 'meta.description' }),
          ],
        },
      ],
    },
    {
      name: 'slug',
      type: 'text',
      index: true,
      unique: true,
      admin: {
        position: 'sidebar',
        description: 'From the headline when left empty; fixed once published.',
      },
    },
    {
      name: 'editorialStatus',
      type: 'select',
      defaultValue: 'writing',
      index: true,
      options: [...EDITORIAL_STATUSES],
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, description: 'Set on first publish.' },
    },
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: 'Defaults to you.' },
    },
    {
      name: 'bylines',
      type: 'array',
      virtual: true,
      admin: { hidden: true },
      access: { create: nobody, update: nobody },
      fields: [
        { name: 'name', type: 'text' },
        { name: 'bio', type: 'textarea' },
        { name: 'avatar', type: 'upload', relationTo: 'media' },
      ],
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'breaking', type: 'checkbox', defaultValue: false },
        { name: 'featured', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 6,
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value, { id }) => {
        const ids = (Array.isArray(value) ? value : []).map((item: unknown) =>
          item && typeof item === 'object' ? (item as { id: unknown }).id : item,
        )
        return !id || !ids.includes(id) || 'An article cannot be related to itself.'
      },
    },
    {
      name: 'readingTime',
      type: 'number',
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, description: 'Minutes, computed.' },
    },
    {
      type: 'collapsible',
      label: 'Comments',
      admin: { position: 'sidebar' },
      fields: [
        createCommentsModeField({
          admin: { description: 'Empty: inherit from the regions, topics and comment settings.' },
        }),
        { name: 'commentsCloseAt', type: 'date' },
        {
          name: 'commentCount',
          type: 'number',
          defaultValue: 0,
          access: { create: nobody, update: nobody },
          admin: { readOnly: true, description: 'Approved comments.' },
        },
      ],
    },
  ],
}
