// A custom script of Tasklist (config.js: customScripts). A form's link to the draft of its document (an
// <a class="kikan-draft" target="_blank" rel="noopener"> in the form's text, whose name lists the parts of the draft and
// the form's fields they come from, e.g. "reasons:Field_ExtensionReason newLastDay:Field_ExtendedLastDay")
// opens, in a new tab, the draft with what the official has typed so far: the values are posted to the draft's address
// (documents/DocumentPageController: checked, used for that rendering only, never recorded) and the PDF it answers is
// shown. Without this script the same link opens the draft from what the record holds (a GET of the same address).
// (No import of japanese-dates.js: Tasklist loads it as ...?bust=…, and another address would run it a second time.
// It sets each typed date on the field's picker when the field is left, as the click on the link does.)

const FIELD_ID = /^[A-Za-z0-9_]+$/;
const PART = /^[A-Za-z]+$/;

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function isoDay(date) {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

/** What the field of a form-js component id holds now: a date as yyyy-mm-dd, anything else as its text. */
function typedValue(form, fieldId) {
  const date = form.querySelector(`[id$="-${fieldId}-date"]`);
  if (date) {
    const picked = date._flatpickr && date._flatpickr.selectedDates[0];
    return picked ? isoDay(picked) : '';
  }
  const field = form.querySelector(`[id$="-${fieldId}"]`);
  return field && 'value' in field ? String(field.value) : '';
}

/** The draft's parts from the link's name ("part:Field_Id ..."), with what the form holds now; blank ones left out. */
function typedValues(link) {
  const form = link.closest('.fjs-form');
  const values = {};
  for (const pair of (link.getAttribute('name') || '').split(/\s+/)) {
    const [part, fieldId] = pair.split(':');
    if (PART.test(part || '') && FIELD_ID.test(fieldId || '')) {
      const value = typedValue(form, fieldId);
      if (value.trim()) {
        values[part] = value;
      }
    }
  }
  return values;
}

/**
 * The form's values posted to the draft's address in a new tab, with the session's CSRF token: the PDF it answers is
 * shown there under its own address (a PDF made here, as a blob: address, would keep Tasklist's sandbox and not show).
 */
function openDraft(link) {
  const post = document.createElement('form');
  post.method = 'post';
  post.acceptCharset = 'UTF-8'; // Tasklist's page declares no charset: its forms would send 供 as &#20379;
  post.action = link.href;
  post.target = '_blank';
  post.rel = 'noopener';
  post.hidden = true;
  for (const [name, value] of Object.entries({...typedValues(link), _csrf: csrfToken()})) {
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = name;
    field.value = value;
    post.appendChild(field);
  }
  document.body.appendChild(post);
  post.submit();
  post.remove();
}

window.addEventListener('click', event => {
  const link = event.target instanceof Element && event.target.closest('.fjs-form a.kikan-draft[name]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
    return; // a modified click opens the link itself: the draft from the record
  }
  event.preventDefault();
  openDraft(link);
}, true);

export default [];
