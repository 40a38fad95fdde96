import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { LINK_URL_RULE, isSafeLinkUrl } from '@/utilities/safeLinkUrl'

type Node = { type?: string; fields?: { linkType?: string; url?: unknown }; children?: Node[] }

const unsafeLinks = (node: Node | undefined, found: string[] = []): string[] => {
  if (!node || typeof node !== 'object') return found
  const isLink = node.type === 'link' || node.type === 'autolink'
  if (isLink && node.fields?.linkType !== 'internal' && !isSafeLinkUrl(node.fields?.url)) {
    found.push(String(node.fields?.url))
  }
  for (const child of node.children ?? []) unsafeLinks(child, found)
  return found
}

/**
 * Runs on every save, drafts and autosaves included (Payload skips field validation for drafts),
 * so no `javascript:` link is ever stored, not even in a preview.
 */
export const refuseUnsafeLinks: CollectionBeforeChangeHook<Article> = ({ data, req }) => {
  const root = (data.body as { root?: Node } | null | undefined)?.root
  const bad = unsafeLinks(root)
  if (bad.length) {
    throw new ValidationError({
      collection: 'articles',
      errors: [
        {
          path: 'body',
          message: `${LINK_URL_RULE} Refused: ${bad.map((url) => JSON.stringify(url)).join(', ')}`,
        },
      ],
      req,
    })
  }
  return data
}
