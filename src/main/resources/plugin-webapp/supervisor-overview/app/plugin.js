// The supervisors' overview in Cockpit (README: The supervisors' overview): a page at #/overview and its link in
// Cockpit's menu. What it shows comes from the plugin's resource, which decides who sees which case; this page only
// lays it out, in Japanese, with the dates as officials write them.
const PATH = '/overview';
const TITLE = '監督一覧';

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child === null || child === undefined ? '—' : child));
  return node;
}

function table(caption, headers, rows, empty) {
  const section = element('section', {class: 'supervisor-overview-section'}, element('h3', {}, caption));
  if (!rows.length) {
    section.append(element('p', {class: 'supervisor-overview-empty'}, empty));
    return section;
  }
  section.append(element('table', {class: 'table table-bordered supervisor-overview-table'},
    element('thead', {}, element('tr', {}, headers.map(h => element('th', {}, h)))),
    element('tbody', {}, rows)));
  return section;
}

// daysLeft counts the last day itself: 1 on the last day, 0 or less once it has passed.
function clock(c) {
  if (c.daysLeft === null || c.daysLeft === undefined) {
    return '—';
  }
  if (c.overdue) {
    return (1 - c.daysLeft) + '日超過';
  }
  return c.daysLeft === 1 ? '本日まで' : 'あと' + c.daysLeft + '日';
}

// The case number opens the case's process instance in Cockpit (open cases; Cockpit shows no ended instance), and
// 文書 its issued documents in a new tab.
function caseCell(c) {
  const cell = element('td', {class: 'supervisor-overview-case'},
    c.instanceId ? element('a', {href: '#/process-instance/' + c.instanceId + '/runtime', class: 'supervisor-overview-instance'},
      c.caseNumber) : c.caseNumber);
  if (c.documents) {
    cell.append(' ', element('a', {href: c.documents, target: '_blank', rel: 'noopener', class: 'supervisor-overview-documents'},
      '文書'));
  }
  return cell;
}

function status(c) {
  if (c.overdue) {
    return '期限超過';
  }
  if (c.awaitingOperator) {
    return '事業者の対応待ち';
  }
  return c.awaitedDayJa ? c.awaitedDayJa + 'の到来待ち' : '対応中';
}

function render(node, overview) {
  node.replaceChildren(
    element('h2', {}, TITLE + '（' + overview.scope + '）'),
    element('p', {class: 'supervisor-overview-today'}, overview.todayJa + '現在（残日数は期限日を含めて数えます）'),
    table('府省別の件数', ['府省', '所管の未了案件', '担当中の案件', '事業者の対応待ち', '期限超過'],
      overview.workload.map(w => element('tr', {'data-ministry': w.ministry},
        element('td', {}, w.ministry), element('td', {}, String(w.openCases)), element('td', {}, String(w.atItsDesk)),
        element('td', {}, String(w.awaitingOperator)), element('td', {}, String(w.overdue)))),
      '未了の案件はありません。'),
    table(overview.openCaseCount > overview.openCases.length
        ? '未了の案件（全' + overview.openCaseCount + '件のうち、法定期限の近い' + overview.openCases.length + '件）' : '未了の案件',
      ['案件番号', '手続', '所管', '現在の段階', '担当', '法定期限', '残日数', '状況'],
      overview.openCases.map(c => element('tr', {'data-case': c.caseNumber, class: c.overdue ? 'danger' : ''},
        caseCell(c), element('td', {}, c.procedure), element('td', {}, c.ministry),
        element('td', {}, c.step), element('td', {}, c.holder), element('td', {}, c.lastDayJa),
        element('td', {class: 'supervisor-overview-days'}, clock(c)),
        element('td', {class: 'supervisor-overview-status'}, status(c)))),
      '未了の案件はありません。'),
    table('終了した案件（終了の新しい順）', ['案件番号', '手続', '所管', '結果', '開始日', '終了日'],
      overview.closedCases.map(c => element('tr', {'data-case': c.caseNumber},
        caseCell(c), element('td', {}, c.procedure), element('td', {}, c.ministry),
        element('td', {}, c.outcome), element('td', {}, c.startedOnJa), element('td', {}, c.closedOnJa))),
      '終了した案件はありません。'),
    table('判定表による判定の記録（新しい順）', ['案件番号', '手続', '判定表', '版', '結果', '判定日'],
      overview.evaluations.map(e => element('tr', {'data-case': e.caseNumber},
        element('td', {}, e.caseNumber), element('td', {}, e.procedure), element('td', {}, e.decision),
        element('td', {}, '第' + e.version + '版'), element('td', {}, e.outcome), element('td', {}, e.evaluatedOnJa))),
      '判定の記録はありません。'));
}

export default [
  {
    id: 'supervisorOverview',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: TITLE},
    render: (node, {api}) => {
      const page = element('div', {class: 'supervisor-overview'}, element('p', {}, '読み込み中…'));
      node.append(page);
      fetch(api.cockpitApi + '/plugin/supervisor-overview/' + api.engine + '/overview',
        {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(response => response.ok ? response.json() : Promise.reject(response.status))
        .then(overview => render(page, overview))
        .catch(status => page.replaceChildren(element('p', {class: 'alert alert-danger'},
          status === 403 ? '監督一覧を閲覧する権限がありません。' : '監督一覧を読み込めませんでした。')));
    }
  },
  {
    id: 'supervisorOverviewLink',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {pagePath: '#' + PATH},
    checkActive: path => path.indexOf('#' + PATH) > -1,
    render: node => node.append(element('a', {href: '#' + PATH}, TITLE))
  }
];
