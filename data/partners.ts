import type { PartnerInput } from './schema'

/** The partner countries, in the order the article names them; counterparts as in the fact sheet headings. */
export const partners = [
  { code: 'US', name: { en: 'United States', fr: 'États-Unis' }, category: 'leading', counterparts: { en: 'NASA, NOAA', fr: 'NASA, NOAA' } },
  { code: 'CN', name: { en: 'China', fr: 'Chine' }, category: 'leading', counterparts: { en: 'CNSA', fr: 'CNSA' } },
  { code: 'RU', name: { en: 'Russia', fr: 'Russie' }, category: 'leading', counterparts: { en: 'Roscosmos', fr: 'Roscosmos' } },
  { code: 'IN', name: { en: 'India', fr: 'Inde' }, category: 'leading', counterparts: { en: 'ISRO', fr: 'ISRO' } },
  { code: 'JP', name: { en: 'Japan', fr: 'Japon' }, category: 'leading', counterparts: { en: 'JAXA', fr: 'JAXA' } },
  { code: 'DE', name: { en: 'Germany', fr: 'Allemagne' }, category: 'leading', counterparts: { en: 'DLR', fr: 'DLR' } },
  {
    code: 'AE',
    name: { en: 'United Arab Emirates', fr: 'Émirats arabes unis' },
    shortName: { en: 'UAE', fr: 'EAU' },
    category: 'new-entrant',
    counterparts: { en: 'UAESA', fr: 'UAESA' },
  },
  // Singapore had no space agency in 2019: CNES dealt with the EDB's OSTIn and with NTU
  { code: 'SG', name: { en: 'Singapore', fr: 'Singapour' }, category: 'new-entrant', counterparts: { en: 'EDB (OSTIn), NTU', fr: 'EDB (OSTIn), NTU' } },
  { code: 'MA', name: { en: 'Morocco', fr: 'Maroc' }, category: 'new-entrant', counterparts: { en: 'CRTS, CRERS', fr: 'CRTS, CRERS' } },
  { code: 'VN', name: { en: 'Vietnam', fr: 'Viêt Nam' }, category: 'new-entrant', counterparts: { en: 'VAST, USTH', fr: 'VAST, USTH' } },
  { code: 'IL', name: { en: 'Israel', fr: 'Israël' }, category: 'new-entrant', counterparts: { en: 'ISA', fr: 'ISA' } },
] satisfies readonly PartnerInput[]
