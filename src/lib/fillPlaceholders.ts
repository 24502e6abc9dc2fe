/**
 * Puts values into a UI string's `{name}` placeholders; one left without a value stays as it is.
 * Shared by useTranslations() and the browser's form check, which gets the strings pre-translated.
 * @example fillPlaceholders('At most {max} characters.', { max: 200 }) // 'At most 200 characters.'
 */
export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
