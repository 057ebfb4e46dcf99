// Whether a question carries the asker's own identifying numbers: a mainland ID-card number, a mobile number
// or a bank-card number. Each is recognised by its format and its check digit, so years, targets and
// counts written as long runs of digits (2021 2022 2023 2024, 15000 人次) are not mistaken for one.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** GB 11643: the 18th character is a mod-11 checksum of the first 17 digits. */
function validIdCard(id: string): boolean {
  const sum = [...id.slice(0, 17)].reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i], 0);
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

/** The Luhn check every bank card number passes. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Month and day are checked by the pattern; the birth year is a plausible one.
// A disability certificate number is the ID number followed by two digits (category and grade).
const ID_CARD = /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?:\d{2})?(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;
const CARD = /(?<![0-9])\d{16,19}(?![0-9])/g;
// A run made only of years (2021202220232024) is a list of years, whatever its checksum.
const YEARS_ONLY = /^(?:(?:19|20)\d{2})+$/;
// Said to be an ID or card number: then the format alone is enough, a mistyped check digit included.
const ID_NAMED = /身份证|证号|证件号|\bID\b|identity/i;
const CARD_NAMED = /卡号|银行卡|这张卡|账号|账户|card|account/i;

export function containsPersonalData(text: string): boolean {
  // Full-width digits (１３８…, as a Chinese keyboard may type them) are digits; digits written in groups with
  // spaces or dashes (6222 0202 …, 138-1234-5678) are read as one number.
  const halfWidth = text.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const compact = halfWidth.replace(/(?<=\d)[ \-‐–　－](?=\d)/g, "");
  if ([...compact.matchAll(ID_CARD)].some((m) => validIdCard(m[0].slice(0, 18)) || ID_NAMED.test(compact))) return true;
  if (MOBILE.test(compact)) return true;
  return [...compact.matchAll(CARD)].some((m) => !YEARS_ONLY.test(m[0]) && (luhn(m[0]) || CARD_NAMED.test(compact)));
}
