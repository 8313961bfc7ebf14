/**
 * CAS Registry Numbers: up to ten digits in three parts, `NNNNNNN-NN-R`, where the first part
 * has two to seven digits and R is a check digit. R is the sum of the other digits, each
 * multiplied by its position counted from the right (the digit before R is 1), modulo 10
 * (CAS, "Check Digit Verification of CAS Registry Numbers"). Water, 7732-18-5:
 * 8x1 + 1x2 + 2x3 + 3x4 + 7x5 + 7x6 = 105, so R = 5.
 */
export const CAS_FORMAT = /^(\d{2,7})-(\d{2})-(\d)$/;

/** The check digit the digits before it call for (`"773218"` -> 5). */
export function casCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += Number(digits[digits.length - 1 - i]) * (i + 1);
  }
  return sum % 10;
}

/** Why `cas` is not a CAS number (format first, then the check digit); null when it is one. */
export function casProblem(cas: string): string | null {
  const match = CAS_FORMAT.exec(cas);
  if (!match) return "must be a CAS number: 2-7 digits, 2 digits and a check digit (7439-92-1)";
  const expected = casCheckDigit(match[1] + match[2]);
  if (Number(match[3]) !== expected)
    return `is not a valid CAS number: the check digit should be ${expected}`;
  return null;
}

export function isValidCas(cas: string): boolean {
  return casProblem(cas) === null;
}

/** A CAS number as people write it, without surrounding space or leading zeros (`0007439-92-1`). */
export function normaliseCas(text: string): string {
  return text.trim().replace(/^0+(?=\d{2,}-)/, "");
}

/** EC (EINECS/ELINCS/NLP) numbers, `NNN-NNN-R`. */
export const EC_FORMAT = /^\d{3}-\d{3}-\d$/;
