// Japanese eras, shared by Tasklist's custom scripts (japanese-dates.js reads them, task-cards.js writes them). No side
// effects: a module imported under two URLs (with and without Camunda's ?bust= suffix) may run twice.

export const ERAS = [
  // its names, the Western year before its first year, its first and last day
  {names: ['令和', 'R'], offset: 2018, from: '2019-05-01', to: '9999-12-31'},
  {names: ['平成', 'H'], offset: 1988, from: '1989-01-08', to: '2019-04-30'}
];
export const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** A day (ISO yyyy-mm-dd) as official documents write it, with its weekday: 令和9年1月5日（火）, 令和元年5月1日（水）. */
export function eraDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const era = ERAS.find(e => iso >= e.from && iso <= e.to);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const eraYear = era ? year - era.offset : year;
  return `${era ? era.names[0] : ''}${eraYear === 1 && era ? '元' : eraYear}年${month}月${day}日（${weekday}）`;
}
