// A custom script of Tasklist (config.js: customScripts). Each card of the task list shows whose case the task is and
// its deadline as officials read them: the case number (prominent) and the operator from the task's card variable
// (taskCard, "案件番号　事業者": platform/TaskCards), and the task's due date (its statutory last day, or its step's
// standard period) as 「令和9年1月5日（火）まで　あと29日」, 「…（火）　本日まで」 or 「…まで　3日超過」, counted in Tokyo on
// the day the card is shown: right tomorrow without anything run on the server. The operator's reply's last day
// (taskReplyDueOn) while a recommendation waits for it is shown the same way. Tasklist's own lines for these (the raw
// variables, 「期限 1か月後」) and the priority, which no procedure sets, are hidden (webapps.css).
// A case waiting for the operator (事業者の対応待ち: platform/OperatorWaits, marked by taskAwaiting) shows the operator's
// last day as 「事業者の期限　…」; its detail has no form to complete (the server refuses it), only what it waits for.
// The task detail's header shows the last day beside Tasklist's relative 「1か月後」 too.
import {eraDate} from './japanese-era.js';

const CARD = 'taskCard';
const REPLY_DUE_ON = 'taskReplyDueOn';
const AWAITING = 'taskAwaiting';
/** How platform/OperatorWaits ends the names of its tasks (the detail view has no task variables to tell them by). */
const WAIT_NAME = '（事業者の対応待ち）';
const SEPARATOR = '\u3000';
const TOKYO = new Intl.DateTimeFormat('en-US', {timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit'});

/** The day in Tokyo (yyyy-mm-dd) at an instant. */
export function tokyoDay(instant) {
  const part = type => TOKYO.formatToParts(instant).find(p => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A last day (yyyy-mm-dd) as seen on the day {@code today}: its text and whether it is ahead, today or past. */
export function deadline(lastDay, today) {
  const days = Math.round((Date.parse(lastDay) - Date.parse(today)) / 86400000);
  if (days === 0) {
    return {text: `${eraDate(lastDay)}　本日まで`, state: 'today'};
  }
  return {text: `${eraDate(lastDay)}まで　${days > 0 ? `あと${days}日` : `${-days}日超過`}`, state: days > 0 ? 'ahead' : 'past'};
}

/** The engine's date (2027-01-05T23:59:59.000+0900), or a Date or moment Tasklist made of it, as an instant. */
function instant(due) {
  if (due instanceof Date) {
    return due;
  }
  if (due && typeof due.toDate === 'function') {
    return due.toDate();
  }
  return new Date(String(due).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

function variable(task, name) {
  const found = ((task._embedded && task._embedded.variable) || []).find(v => v.name === name);
  return found && found.value ? String(found.value) : null;
}

/** The element of class {@code name} directly in {@code parent}, made (first or last in it) when missing. */
function part(parent, name, first) {
  let element = [...parent.children].find(child => child.classList.contains(name));
  if (!element) {
    element = document.createElement('div');
    element.className = name;
    first ? parent.prepend(element) : parent.append(element);
  }
  return element;
}

function setText(element, text) {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}

function show(item, task, today) {
  const names = item.querySelector('.names');
  if (!names) {
    return;
  }
  const card = variable(task, CARD);
  if (card) {
    const split = card.indexOf(SEPARATOR);
    const head = part(names, 'kikan-case', true);
    setText(part(head, 'kikan-case-number'), split < 0 ? card : card.slice(0, split));
    setText(part(head, 'kikan-party'), split < 0 ? '' : card.slice(split + 1));
  }
  const awaiting = variable(task, AWAITING);
  item.classList.toggle('kikan-awaiting', !!awaiting);
  if (task.due) {
    const due = deadline(tokyoDay(instant(task.due)), today);
    const line = part(names, 'kikan-deadline');
    setText(line, (awaiting ? '事業者の期限　' : '') + due.text);
    line.dataset.state = due.state;
    item.classList.add('kikan-dated');
  }
  const replyDueOn = variable(task, REPLY_DUE_ON);
  if (replyDueOn) {
    setText(part(names, 'kikan-reply-due'), '事業者の回答期限　' + deadline(replyDueOn, today).text);
  } else {
    [...names.querySelectorAll(':scope > .kikan-reply-due')].forEach(line => line.remove());
  }
  // the variables shown above: their raw rows hidden
  for (const label of item.querySelectorAll('.variable-label')) {
    if ([CARD, REPLY_DUE_ON, AWAITING].includes(label.getAttribute('uib-tooltip'))) {
      label.closest('.variable-item').parentElement.classList.add('kikan-shown');
    }
  }
}

/** The task detail's header: the last day as on the cards; a wait for the operator without a form to complete. */
function showDetail(today) {
  for (const meta of document.querySelectorAll('[cam-tasklist-task-meta]')) {
    const element = window.angular && window.angular.element(meta);
    const scope = element && (element.isolateScope() || element.scope());
    const task = scope && scope.task;
    const dueDate = meta.querySelector('.due-date');
    if (!task || !dueDate) {
      continue;
    }
    // an attribute that webapps.css shows after Tasklist's 「…日後」: no element of ours in Tasklist's header, so
    // nothing there is added or moved while the official works on the form below it
    const text = task.due ? deadline(tokyoDay(instant(task.due)), today) : null;
    if (text && dueDate.dataset.kikanDeadline !== text.text) {
      dueDate.dataset.kikanDeadline = text.text;
      dueDate.dataset.kikanState = text.state;
    } else if (!text && dueDate.dataset.kikanDeadline) {
      delete dueDate.dataset.kikanDeadline;
      delete dueDate.dataset.kikanState;
    }
    showWait(meta, task);
  }
}

function showWait(meta, task) {
  const waits = typeof task.name === 'string' && task.name.endsWith(WAIT_NAME);
  const detail = meta.closest('.task-details, [cam-tasklist-task]') || document;
  detail.classList && detail.classList.toggle('kikan-awaiting', waits);
  const form = detail.querySelector('[cam-tasklist-form]');
  let notice = detail.querySelector('.kikan-wait-notice');
  if (waits && form) {
    if (!notice) {
      notice = document.createElement('div');
      notice.className = 'kikan-wait-notice alert alert-info';
      form.before(notice);
    }
    setText(notice, task.description || '事業者の対応を待っています。到達すると自動で閉じます。');
  } else if (notice) {
    notice.remove();
  }
}

function showAll() {
  const today = tokyoDay(new Date());
  showDetail(today);
  for (const item of document.querySelectorAll('.tasks-list > li.task')) {
    // Tasklist's task of the card, from its AngularJS scope; without it the card stays as Tasklist made it
    const scope = window.angular && window.angular.element(item).scope();
    if (scope && scope.task) {
      show(item, scope.task, today);
    }
  }
}

let scheduled = null;
function schedule() {
  scheduled = scheduled || setTimeout(() => {
    scheduled = null;
    showAll();
  }, 50);
}
new MutationObserver(schedule).observe(document.documentElement, {subtree: true, childList: true});
setInterval(schedule, 60 * 1000); // a list left open over midnight counts from the new day

export default [];
