// A custom script of Tasklist (config.js: customScripts). Camunda Forms' date fields (form-js on flatpickr) accept
// typing and read the text in the browser's own date format, so "20270329" became 2029/8/9 in a Japanese browser and
// "2027/03/30" became 8/7/2027 in an English one, without a word. Before the picker reads typed text (on Enter,
// on leaving the field, on a click elsewhere), the text is read here instead, year first as officials write dates:
// 2027/3/29, 2027-03-29, 20270329, 2027年3月29日, 令和9年3月29日, R9.3.29 (full-width digits too). A date read so is
// set on the picker (and so on the form); anything else (day first, month first, no such day) is refused with a
// message, and the field goes back to what it held, so what is shown is always what is submitted.
// Every browser shows these dates year first (2027/3/29, not 3/29/2027 in an English browser) with a Japanese calendar.

import {ERAS, WEEKDAYS} from './japanese-era.js';

const WRITTEN = '2027/3/29、20270329、令和9年3月29日';

const SHOWN = 'Y/n/j'; // flatpickr's tokens: 2027/3/29
const CALENDAR = {
  weekdays: {shorthand: WEEKDAYS,
    longhand: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日']},
  months: {shorthand: Array.from({length: 12}, (_, i) => (i + 1) + '月'),
    longhand: Array.from({length: 12}, (_, i) => (i + 1) + '月')},
  firstDayOfWeek: 0, rangeSeparator: '～', time_24hr: true, weekAbbreviation: '週', scrollTitle: 'スクロールで増減',
  toggleTitle: 'クリックで切替', amPM: ['午前', '午後'], yearAriaLabel: '年', monthAriaLabel: '月', hourAriaLabel: '時',
  minuteAriaLabel: '分', ordinal: () => ''
};

function isoOf(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null; // no such day (2027/2/29, 2027/13/1)
  }
  return [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join('-');
}

/** The day a typed text names (ISO yyyy-mm-dd), or null when it is not a date written year first. */
export function readTypedDate(typed) {
  const text = typed.normalize('NFKC').replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, ''); // a trailing (火) is fine
  let match = text.match(/^(\d{4})(\d{2})(\d{2})$/)
      || text.match(/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/)
      || text.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/);
  if (match) {
    const [year, month, day] = match.filter((part, i) => i > 0 && /^\d+$/.test(part)).map(Number);
    return isoOf(year, month, day);
  }
  match = text.match(/^(令和|平成|R|H)(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日|([-/.])(\d{1,2})\5(\d{1,2}))$/i);
  if (!match) {
    return null;
  }
  const era = ERAS.find(e => e.names.includes(match[1].toUpperCase()));
  const eraYear = match[2] === '元' ? 1 : Number(match[2]);
  const iso = eraYear >= 1 ? isoOf(era.offset + eraYear, Number(match[3] || match[6]), Number(match[4] || match[7])) : null;
  return iso && iso >= era.from && iso <= era.to ? iso : null;
}

function pickerOf(element) {
  return element instanceof HTMLInputElement && element.closest('.fjs-container') ? element._flatpickr : undefined;
}

function shownValue(picker) {
  const date = picker.selectedDates[0];
  return date ? picker.formatDate(date, picker.config.dateFormat) : '';
}

function warn(input, text) {
  const section = input.closest('.fjs-datetime-subsection') || input.parentElement;
  let warning = section.querySelector('.kikan-typed-date');
  if (!text) {
    warning?.remove();
    input.removeAttribute('aria-invalid');
    return;
  }
  if (!warning) {
    warning = document.createElement('div');
    warning.className = 'fjs-form-field-error kikan-typed-date';
    warning.setAttribute('role', 'alert');
    section.appendChild(warning);
  }
  warning.textContent = text;
  input.setAttribute('aria-invalid', 'true');
}

/** Reads what was typed into one date field; false when it was refused. */
function settle(input, picker) {
  const typed = input.value.trim();
  const shown = shownValue(picker);
  if (typed === shown) {
    return true; // nothing new typed; a warning stays until the field is edited
  }
  if (typed === '') {
    warn(input, null);
    return true;
  }
  const iso = readTypedDate(typed);
  if (iso) {
    const [year, month, day] = iso.split('-').map(Number);
    // set on the picker and so on the form at once: nothing is left for the picker to parse in the browser's format
    picker.setDate(new Date(year, month - 1, day), true);
    warn(input, null);
    return true;
  }
  input.value = shown;
  warn(input, `「${typed}」は日付として読み取れません。年から順に ${WRITTEN} のように入力してください。`);
  return false;
}

/**
 * Settles every date field but the one the event is in (its input or its open calendar); true when one was refused.
 * The target may be the window itself (focus coming back to the window), which is no node of any calendar.
 */
function settleAll(target) {
  let refused = false;
  const node = target instanceof Node ? target : null;
  for (const input of document.querySelectorAll('.fjs-container input')) {
    const picker = pickerOf(input);
    const inside = input === node || Boolean(node && picker && picker.calendarContainer && picker.calendarContainer.contains(node));
    if (picker && !inside && !settle(input, picker)) {
      refused = true;
    }
  }
  return refused;
}

// Each date field, once its picker exists: year first and a Japanese calendar (form-js sets the picker's format only
// when it creates it, so this stays).
const localized = new WeakSet();
new MutationObserver(() => {
  for (const input of document.querySelectorAll('.fjs-container input')) {
    const picker = pickerOf(input);
    if (picker && !localized.has(picker)) {
      localized.add(picker);
      picker.set({locale: CALENDAR, dateFormat: SHOWN});
    }
  }
}).observe(document.documentElement, {subtree: true, childList: true});

// Capturing on window runs before flatpickr's own listeners (on the field and on the document).
let refusedBeforeClick = false;
window.addEventListener('keydown', event => {
  const picker = pickerOf(event.target);
  if (picker && event.key === 'Enter' && !settle(event.target, picker)) {
    event.stopPropagation();
    event.preventDefault();
  }
}, true);
window.addEventListener('input', event => {
  // the official edits the field again (flatpickr's own input events, sent when it sets a date, are not trusted)
  if (event.isTrusted && pickerOf(event.target)) {
    warn(event.target, null);
  }
}, true);
window.addEventListener('blur', event => {
  const picker = pickerOf(event.target);
  if (picker) {
    settle(event.target, picker);
  }
}, true);
for (const type of ['mousedown', 'touchstart', 'focus']) {
  window.addEventListener(type, event => {
    // a click elsewhere while a date was being typed; the click that follows (e.g. on 完了) is held back when refused
    refusedBeforeClick = settleAll(event.target) || (type === 'focus' && refusedBeforeClick);
  }, true);
}
window.addEventListener('click', event => {
  if (refusedBeforeClick) {
    refusedBeforeClick = false;
    event.stopPropagation();
    event.preventDefault();
  }
}, true);

export default [];
