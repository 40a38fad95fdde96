import type { CollectionConfig } from 'payload'

import { hiddenUnlessAdmin, isAdmin } from '@/access/isAdmin'
import { WEBHOOK_EVENT_OPTIONS } from '@/webhooks/events'

/**
 * The delivery log: one row per webhook sent to one endpoint, updated on every attempt. Only the
 * server writes it (src/webhooks); admins read it.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    group: 'Integrations',
    useAsTitle: 'event',
    defaultColumns: [
      'createdAt',
      'event',
      'endpoint',
      'article',
      'status',
      'attempts',
      'lastStatusCode',
    ],
    hidden: hiddenUnlessAdmin,
  },
  access: { create: () => false, delete: () => false, read: isAdmin, update: () => false },
  defaultSort: '-createdAt',
  fields: [
    { name: 'endpoint', type: 'relationship', relationTo: 'webhook-endpoints', index: true },
    { name: 'event', type: 'select', required: true, options: WEBHOOK_EVENT_OPTIONS },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      admin: { description: 'Empty once the article is deleted; the body keeps its id and slug.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Pending', value: 'pending' },
        { label: 'Delivered', value: 'delivered' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastStatusCode', type: 'number', label: 'Last HTTP status' },
    { name: 'lastError', type: 'textarea' },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'payload',
      type: 'json',
      admin: { description: 'The body sent, apart from its `id` (this delivery’s id).' },
    },
  ],
}
