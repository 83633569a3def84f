// A number typed as a family in Norway writes it: in bokmål a dot or a space groups thousands («540.000»,
// «1.250.000», «540 000») and a comma is the decimal sign («37,5»); a dot followed by other than a group of three
// digits is read as a decimal point («37.5»). What could be read two ways is refused, never guessed (review s20): on
// the English page, where a dot is the decimal point, digits grouped in threes by dots («12.125») are refused too.

const SPACES = /[\u00a0\u202f\u2009]/g; // a no-break, narrow no-break or thin space groups like a space
const PLAIN = /^\d+$/;
// A whole number grouped in threes by one separator: the first group has one to three digits, not starting with 0.
const GROUPED_BY_DOTS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const GROUPED_BY_SPACES = /^[1-9]\d{0,2}(?: \d{3})+$/;
const SHORT_WHOLE = /^[1-9]\d{0,2}$/; // digits that could be the first group of a number grouped in threes

// { value } or { problem }: "errorNumber" (not a number) or "errorNumberUnclear" (a number that cannot be read for
// sure), the i18n.js keys of the page's words.
export function readNumber(typed, language = "nb") {
  const text = typed.trim().replace(SPACES, " ");
  if (!/^-?[\d., ]*\d[\d., ]*$/.test(text)) return { problem: "errorNumber" };
  if (language === "en" && GROUPED_BY_DOTS.test(text.replace(/^-/, "").split(",")[0])) return { problem: "errorNumberUnclear" };
  const sign = text.startsWith("-") ? -1 : 1;
  const number = unsigned(text.replace(/^-/, ""));
  return number.problem ? number : { value: sign * number.value };
}

function unsigned(text) {
  const commas = text.split(",");
  if (commas.length > 2) return { problem: "errorNumberUnclear" }; // «1,250,000»: a comma is the decimal sign
  if (commas.length === 2) return withDecimalComma(commas[0], commas[1]);
  if (GROUPED_BY_DOTS.test(text)) return { value: Number(text.replaceAll(".", "")) };
  const dots = text.split(".");
  if (dots.length > 2) return { problem: "errorNumberUnclear" }; // «1.25.000»: not grouped in threes
  return dots.length === 2 ? withDecimalPoint(dots[0], dots[1]) : whole(text);
}

// «37,5», «540 000,50», «1.250.000,5». A comma before three digits after a short whole number («540,000») is
// 540 in bokmål and 540 000 in English: refused. «12,1250» is 12.125.
function withDecimalComma(before, fraction) {
  if (!PLAIN.test(fraction)) return { problem: fraction ? "errorNumberUnclear" : "errorNumber" };
  if (SHORT_WHOLE.test(before) && fraction.length === 3) return { problem: "errorNumberUnclear" };
  const integer = GROUPED_BY_DOTS.test(before) ? { value: Number(before.replaceAll(".", "")) } : whole(before);
  return integer.problem ? integer : { value: Number(`${integer.value}.${fraction}`) };
}

// «37.5», «540 000.5». A dot before three digits groups thousands: where they are not grouped in threes
// («1234.567», «0.500», «1 250.000»), it is refused.
function withDecimalPoint(before, fraction) {
  if (!PLAIN.test(fraction)) return { problem: fraction ? "errorNumberUnclear" : "errorNumber" };
  if (fraction.length === 3) return { problem: "errorNumberUnclear" };
  const integer = whole(before);
  return integer.problem ? integer : { value: Number(`${integer.value}.${fraction}`) };
}

// «540000» or «540 000»; spaces anywhere else («54 0000») are refused.
function whole(text) {
  if (PLAIN.test(text)) return { value: Number(text) };
  if (GROUPED_BY_SPACES.test(text)) return { value: Number(text.replaceAll(" ", "")) };
  return { problem: text.includes(" ") ? "errorNumberUnclear" : "errorNumber" };
}

// A number as a field shows it to be changed, so that it reads back as the same number: with no grouping, with the
// language's decimal sign («37,5», «37.5»), and three decimals written as four («12.1250»: «12.125» groups thousands).
export function numberForInput(value, language) {
  const [integer, fraction] = String(value).split(".");
  if (fraction === undefined) return integer;
  return `${integer}${language === "nb" ? "," : "."}${fraction.length === 3 ? `${fraction}0` : fraction}`;
}
