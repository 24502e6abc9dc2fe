/**
 * CUP (Codice Unico di Progetto): 15 characters issued by the DIPE CUP system.
 * Layout: 1 letter (issuing body's code), 2 digits (year), 12 alphanumerics (uppercase).
 * We check the shape only; the authoritative check is against OpenCUP.
 */
const CUP_PATTERN = /^[A-Z]\d{2}[A-Z0-9]{12}$/;

/** @example isCup('B41B20000250001') // true */
export function isCup(value: string): boolean {
  return CUP_PATTERN.test(value);
}

/** Upper-cases and strips spaces people paste in from PDFs. @example normalizeCup(' b41b 2000 0250001 ') // 'B41B20000250001' */
export function normalizeCup(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
