/**
 * What rendered provision text may contain: the elements Markdown produces for legal text, the
 * paragraph anchors and citation links our remark plugins add, and nothing else — no script,
 * style, event handler, frame or form, and links only to this site, the web or e-mail. The content
 * check refuses raw HTML and other link protocols before rendering; this is the second line of
 * defence, applied to every body the site renders.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  // Paragraph anchors are the citation targets readers link to: keep their ids as written.
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    'p',
    'ul',
    'ol',
    'li',
    'a',
    'span',
    'strong',
    'em',
    'code',
    'br',
    'blockquote',
    'h2',
    'h3',
    'h4',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'del',
    'sup',
    'sub',
  ],
  attributes: {
    '*': ['id', 'className', 'dataAnchor', 'dataDepth', 'lang'],
    a: ['href', 'ariaLabel', 'dataCites', 'dataPreview', 'className'],
    td: ['align'],
    th: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript'],
};
