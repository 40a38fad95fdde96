import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ArticleBody } from './ArticleBody'

const text = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  mode: 'normal',
  style: '',
  detail: 0,
})

const link = (fields: Record<string, unknown>, label: string) => ({
  type: 'link',
  version: 3,
  fields,
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
})

const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
})

const render = (...children: unknown[]) =>
  renderToStaticMarkup(
    createElement(ArticleBody, {
      data: {
        root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 },
      } as never,
    }),
  )

describe('the story body as readers get it', () => {
  it('an external link opens without passing the page or its window on', () => {
    const html = render(
      paragraph(link({ linkType: 'custom', url: 'https://un.org/report', newTab: true }, 'UN')),
    )
    expect(html).toContain(
      '<a href="https://un.org/report" rel="noopener noreferrer" target="_blank">UN</a>',
    )
  })

  it('an unsafe link is rendered as plain text, never as a link', () => {
    const html = render(
      paragraph(link({ linkType: 'custom', url: 'javascript:alert(1)' }, 'click me')),
    )
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<a')
    expect(html).toContain('click me')
  })

  it('a link to another story points at its page on the site', () => {
    const html = render(
      paragraph(
        link(
          {
            linkType: 'internal',
            doc: { relationTo: 'articles', value: { id: 'a1', slug: 'yemen-ceasefire' } },
          },
          'earlier',
        ),
      ),
    )
    expect(html).toContain('<a href="/articles/yemen-ceasefire">earlier</a>')
  })

  it('a pull quote and an image keep their attribution, caption and credit', () => {
    const html = render(
      {
        type: 'block',
        version: 2,
        format: '',
        fields: {
          blockType: 'pullQuote',
          quote: 'We will not be blackmailed.',
          attribution: 'Finance minister',
        },
      },
      {
        type: 'upload',
        version: 3,
        format: '',
        relationTo: 'media',
        fields: { caption: 'The port of Mukalla.', credit: 'Agency' },
        value: {
          id: 'm1',
          url: '/api/media/file/port.jpg',
          alt: 'Cranes over a port',
          width: 800,
          height: 450,
        },
      },
    )
    expect(html).toContain('<blockquote><p>We will not be blackmailed.</p></blockquote>')
    expect(html).toContain('<figcaption>Finance minister</figcaption>')
    expect(html).toContain('alt="Cranes over a port"')
    expect(html).toContain('The port of Mukalla.<span class="credit"> Agency</span>')
  })
})
