import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { Block, Field, RichTextField, TextFieldSingleValidation } from 'payload'

import { LINK_URL_RULE, isSafeLinkUrl } from '@/utilities/safeLinkUrl'

/** A quotation set large in the article body. */
export const PullQuoteBlock: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: { singular: 'Pull quote', plural: 'Pull quotes' },
  fields: [
    { name: 'quote', type: 'textarea', required: true, maxLength: 400 },
    { name: 'attribution', type: 'text', maxLength: 120 },
  ],
}

const validateLinkURL: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string })?.linkType === 'internal') return true
  return isSafeLinkUrl(value) || LINK_URL_RULE
}

/** Image captions and credits are set where the image is used in the story. */
const uploadFields: Field[] = [
  { name: 'caption', type: 'text', maxLength: 300 },
  { name: 'credit', type: 'text', maxLength: 120 },
]

export const createBodyEditor = () =>
  lexicalEditor({
    features: () => [
      ParagraphFeature(),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
      BoldFeature(),
      ItalicFeature(),
      UnderlineFeature(),
      UnorderedListFeature(),
      OrderedListFeature(),
      BlockquoteFeature(),
      HorizontalRuleFeature(),
      LinkFeature({
        enabledCollections: ['articles'],
        fields: ({ defaultFields }) =>
          defaultFields.map((field) =>
            'name' in field && field.name === 'url'
              ? ({ ...field, validate: validateLinkURL } as Field)
              : field,
          ),
      }),
      UploadFeature({ collections: { media: { fields: uploadFields } } }),
      BlocksFeature({ blocks: [PullQuoteBlock] }),
      FixedToolbarFeature(),
      InlineToolbarFeature(),
    ],
  })

export const createBodyField = (overrides: Partial<RichTextField> = {}): RichTextField => ({
  name: 'body',
  type: 'richText',
  editor: createBodyEditor(),
  ...overrides,
})
