/**
 * The deck's languages. Adding one here makes every localized field of data/ and every UI message
 * in i18n/messages.ts a type error and a validation error until it is translated.
 */
export const locales = ['en', 'fr'] as const
export type Locale = (typeof locales)[number]

/** The locale Intl formats with: British English dates ("13 May 2019"), French ones ("13 mai 2019"). */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
