import type { CollectionConfig } from 'payload'

import { hiddenUnlessAdmin, isAdmin, isAdminField } from '@/access/isAdmin'
import { validateWebhookUrl } from '@/webhooks/endpointUrl'
import { WEBHOOK_EVENT_OPTIONS, WEBHOOK_EVENTS } from '@/webhooks/events'

import { generateSecret } from './hooks/generateSecret'

/** Where article webhooks go: the apps' servers, configured by admins (docs/WEBHOOKS.md). */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  admin: {
    group: 'Integrations',
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
    description:
      'Servers told about published, updated and unpublished articles. See docs/WEBHOOKS.md.',
    hidden: hiddenUnlessAdmin,
  },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  hooks: { beforeChange: [generateSecret] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'Who receives it, e.g. "iOS app push service".' },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2048,
      validate: validateWebhookUrl,
      admin: { description: 'Full http:// or https:// address the webhook is POSTed to.' },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENT_OPTIONS,
      defaultValue: [...WEBHOOK_EVENTS],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Untick to stop sending without losing the settings.' },
    },
    {
      name: 'secret',
      type: 'text',
      // A typed-in key shorter than this is too easy to guess; generated ones are 64 hex characters.
      minLength: 32,
      // The collection is admin-only already; the signing key stays admin-only even if that changes.
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Signs every delivery (X-Newsroom-Signature). Leave empty to have one generated; clear it to generate a new one.',
      },
    },
  ],
}
