import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import type { Media } from '@/payload-types'
import { articlePath } from '@/site/paths'
import { isSafeLinkUrl } from '@/utilities/safeLinkUrl'

type LinkFields = {
  url?: string | null
  newTab?: boolean | null
  linkType?: 'custom' | 'internal' | null
  doc?: { relationTo?: string; value?: unknown } | null
}

const internalHref = (fields: LinkFields): string | null => {
  const value = fields.doc?.value
  if (fields.doc?.relationTo !== 'articles' || !value || typeof value !== 'object') return null
  const slug = (value as { slug?: unknown }).slug
  return typeof slug === 'string' ? articlePath(slug) : null
}

const isExternal = (href: string) => /^https?:/i.test(href)

/**
 * Links are checked again when rendered (the editor refuses unsafe ones when saving; older or
 * imported content might not have been): an unsafe or dangling link renders as its text.
 * External links open normally, without passing the page's referrer or window.
 */
const link = (fields: LinkFields, children: React.ReactNode): React.ReactNode => {
  const href = fields.linkType === 'internal' ? internalHref(fields) : (fields.url ?? null)
  if (!href || !isSafeLinkUrl(href)) return <span>{children}</span>
  const external = isExternal(href)
  return (
    <a
      href={href}
      rel={external ? 'noopener noreferrer' : undefined}
      target={fields.newTab && external ? '_blank' : undefined}
    >
      {children}
    </a>
  )
}

type UploadValue = Media & { sizes?: Media['sizes'] }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => link(node.fields, nodesToJSX({ nodes: node.children })),
  autolink: ({ node, nodesToJSX }) => link(node.fields, nodesToJSX({ nodes: node.children })),
  upload: ({ node }) => {
    const media = node.value as UploadValue | string
    if (!media || typeof media !== 'object' || !media.url) return null
    const fields = (node as { fields?: { caption?: string; credit?: string } }).fields ?? {}
    const caption = fields.caption || media.caption
    const credit = fields.credit || media.credit
    const size = media.sizes?.hero?.url ? media.sizes.hero : media
    return (
      <figure className="body-figure">
        <img
          alt={media.alt}
          height={size.height ?? undefined}
          loading="lazy"
          src={size.url ?? media.url}
          width={size.width ?? undefined}
        />
        {(caption || credit) && (
          <figcaption>
            {caption}
            {credit && <span className="credit"> {credit}</span>}
          </figcaption>
        )}
      </figure>
    )
  },
  blocks: {
    pullQuote: ({ node }: { node: { fields: unknown } }) => {
      const fields = node.fields as { quote?: string; attribution?: string }
      return (
        <figure className="pull-quote">
          <blockquote>
            <p>{fields.quote}</p>
          </blockquote>
          {fields.attribution && <figcaption>{fields.attribution}</figcaption>}
        </figure>
      )
    },
  },
})

export function ArticleBody({ data }: { data: SerializedEditorState }) {
  return <RichText className="article-body" converters={converters} data={data} />
}
