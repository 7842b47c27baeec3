import type { PartnerInput } from './schema'

/** The 11 countries in the order the article names them; counterparts as in the fact sheet headings. */
export const partners = [
  { code: 'US', name: 'United States', category: 'leading', counterparts: 'NASA, NOAA' },
  { code: 'CN', name: 'China', category: 'leading', counterparts: 'CNSA' },
  { code: 'RU', name: 'Russia', category: 'leading', counterparts: 'Roscosmos' },
  { code: 'IN', name: 'India', category: 'leading', counterparts: 'ISRO' },
  { code: 'JP', name: 'Japan', category: 'leading', counterparts: 'JAXA' },
  { code: 'DE', name: 'Germany', category: 'leading', counterparts: 'DLR' },
  { code: 'AE', name: 'United Arab Emirates', shortName: 'UAE', category: 'new-entrant', counterparts: 'UAESA' },
  // Singapore had no space agency in 2019: CNES dealt with the EDB's OSTIn and with NTU
  { code: 'SG', name: 'Singapore', category: 'new-entrant', counterparts: 'EDB (OSTIn), NTU' },
  { code: 'MA', name: 'Morocco', category: 'new-entrant', counterparts: 'CRTS, CRERS' },
  { code: 'VN', name: 'Vietnam', category: 'new-entrant', counterparts: 'VAST, USTH' },
  { code: 'IL', name: 'Israel', category: 'new-entrant', counterparts: 'ISA' },
] satisfies readonly PartnerInput[]
