/**
 * Hostile strings typed into every text field of a project (issue #4, point 11). `traces` are
 * what would show if one of them were rendered live instead of as text.
 */
export const payloads = [
  '<script>alert("xss1")</script>',
  '<img src=x onerror=alert("xss2")>',
  '"><svg onload=alert("xss3")>',
  'javascript:alert("xss4")',
  '[click me](javascript:alert("xss5"))',
  '<a href="javascript:alert(\'xss6\')">x</a>',
  '\'\';!--"<XSS>=&{()}',
  '<iframe srcdoc="<script>alert(7)</script>"></iframe>',
  '</textarea><script>alert("xss9")</script>',
  '<style>body{display:none}</style>',
  '<details open ontoggle=alert("xss11")>',
];

export const traces = [/<script>alert/i, /<img src=x onerror/i, /<svg onload/i, /href="javascript:/i, /<a href="javascript/i, /<XSS>/, /<iframe/i, /<\/textarea><script/i, /<style>body/i, /<details open ontoggle/i];

/** Every free-text field of the record form gets a payload (cycling), keeping the form valid. */
export function withPayloads(values: Record<string, string>): Record<string, string> {
  const out = { ...values };
  const textFields = [
    'responsibleOffice', 'contractor', 'contactName',
    'translations.it.title', 'translations.it.summary', 'translations.it.body',
    'translations.en.title', 'translations.en.summary', 'translations.en.body',
    'funding.0.line', 'funding.0.note',
    'milestones.0.title.it', 'milestones.0.title.en',
    'updates.0.title.it', 'updates.0.body.it', 'updates.0.title.en', 'updates.0.body.en',
    'media.0.alt.it', 'media.0.alt.en', 'media.0.caption.it', 'media.0.credit',
  ];
  textFields.forEach((field, i) => {
    if (field.startsWith('funding.0.') && !out['funding.0.amountCents']) return;
    if (field.startsWith('media.0.') && !out['media.0.file']) return;
    out[field] = payloads[i % payloads.length];
  });
  if (!out['updates.0.publishedOn']) {
    out['updates.0.publishedOn'] = '2026-11-01';
    out['updates.0.title.it'] ??= payloads[0];
  }
  if (!out['milestones.0.plannedOn']) out['milestones.0.plannedOn'] = '2027-01-01';
  return out;
}
