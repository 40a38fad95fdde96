import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { approvedOrModerators } from '@/access/approvedOrModerators'
import { nobody } from '@/access/isServer'
import { isModerator, isModeratorField } from '@/access/isModerator'
import { REASON_CODES } from '@/moderation/types'

import { reportComment } from './endpoints/reportComment'
import { applyScreening } from './hooks/applyScreening'
import { finishSubmission } from './hooks/finishSubmission'
import { logModeration } from './hooks/logModeration'
import { requirePublishedArticle } from './hooks/requirePublishedArticle'
import { screenSubmission } from './hooks/screenSubmission'
import { stampModeration } from './hooks/stampModeration'
import { syncCommentCountAfterChange, syncCommentCountAfterDelete } from './hooks/syncCommentCount'

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const

/** Server-owned: no client writes these through any API. */
const serverOwned = { create: nobody, update: nobody }
/** Moderation fields: only the desk changes them, never the commenter. */
const moderatorOwned = { create: nobody, update: isModeratorField }
/** Personal data: the desk reads it, the public never does. */
const deskOnly = { read: isModeratorField, create: nobody, update: nobody }

export const Comments: CollectionConfig = {
  slug: 'comments',
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['authorName', 'body', 'status', 'article', 'createdAt'],
    group: 'Moderation',
    // The moderation desk (pending / reported / all queues) above the list.
    components: { beforeList: ['/src/components/ModerationDesk/ModerationDesk#ModerationDesk'] },
  },
  access: {
    create: anyone,
    delete: isModerator,
    read: approvedOrModerators,
    readVersions: nobody,
    update: isModerator,
  },
  endpoints: [reportComment],
  hooks: {
    beforeOperation: [screenSubmission],
    beforeValidate: [requirePublishedArticle],
    beforeChange: [applyScreening, stampModeration],
    afterChange: [finishSubmission, logModeration, syncCommentCountAfterChange],
    afterDelete: [syncCommentCountAfterDelete],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      admin: { description: 'The comment this one replies to.' },
    },
    { name: 'authorName', type: 'text', required: true, maxLength: 80 },
    {
      name: 'authorEmail',
      type: 'email',
      access: { read: isModeratorField },
      admin: { description: 'Never shown publicly.' },
    },
    { name: 'user', type: 'relationship', relationTo: 'users', access: serverOwned },
    { name: 'body', type: 'textarea', required: true, minLength: 2, maxLength: 2000 },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((value) => ({ label: value, value })),
      access: moderatorOwned,
    },
    { name: 'featured', type: 'checkbox', defaultValue: false, access: moderatorOwned },
    {
      name: 'reports',
      type: 'array',
      access: { read: isModeratorField, ...serverOwned },
      fields: [
        { name: 'reason', type: 'text' },
        { name: 'reportedAt', type: 'date' },
        { name: 'ipHash', type: 'text' },
      ],
    },
    {
      name: 'reportCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      access: serverOwned,
      admin: { readOnly: true, description: 'Reader reports.' },
    },
    {
      // The honeypot: the reader site's form hides it; only bots fill it in. Never stored.
      name: 'website',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
    },
    {
      // What the reader is told after posting: live, awaiting moderation (and why), or not published.
      name: 'submission',
      type: 'group',
      virtual: true,
      admin: { hidden: true },
      access: serverOwned,
      fields: [
        { name: 'state', type: 'text' },
        { name: 'message', type: 'text' },
      ],
    },
    {
      name: 'moderation',
      type: 'group',
      access: { read: isModeratorField, ...serverOwned },
      fields: [
        {
          name: 'reasons',
          type: 'select',
          hasMany: true,
          options: REASON_CODES.map((value) => ({ label: value, value })),
        },
        { name: 'decidedBy', type: 'relationship', relationTo: 'users' },
        { name: 'decidedAt', type: 'date' },
        { name: 'note', type: 'text' },
      ],
    },
    { name: 'ipHash', type: 'text', index: true, access: deskOnly },
  ],
}
