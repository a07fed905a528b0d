// 指定基準の案の試算 in Cockpit: a page at #/criteria-simulation and its link in Cockpit's menu. The ministry makes a
// draft from its sector's live thresholds and tries it on the registry; the Cabinet Office tries any ministry's draft.
// What it may see and do is decided by the plugin's resource; this page only lays it out, in Japanese.
const PATH = '/criteria-simulation';
const TITLE = '指定基準の案の試算';


function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child === null || child === undefined ? '—' : child));
  return node;
}

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
}

function request(base, path, options) {
  return fetch(base + path, Object.assign({credentials: 'same-origin', headers: {Accept: 'application/json',
    'Content-Type': 'application/json', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN')}}, options || {}))
    .then(response => response.json().catch(() => ({})).then(body => response.ok ? body
      : Promise.reject(body.message || ('エラー（' + response.status + '）'))));
}

function table(headers, rows) {
  return element('table', {class: 'table table-bordered criteria-simulation-table'},
    element('thead', {}, element('tr', {}, headers.map(h => element('th', {}, h)))), element('tbody', {}, rows));
}

function message(node, text, kind) {
  node.replaceChildren(element('p', {class: 'alert alert-' + (kind || 'danger')}, text));
}

function showSimulation(node, base, draftNumber) {
  message(node, '試算しています…', 'info');
  request(base, '/drafts/' + encodeURIComponent(draftNumber) + '/simulation').then(r => node.replaceChildren(
    element('h3', {}, '試算結果: ' + r.draftTable),
    element('p', {}, '現行の基準: ' + r.liveTable + '。' + r.latestFiscalYearJa + '（直近の終了事業年度）の数値等による。'),
    table(['事業者数', '新たに該当', '該当しなくなる', '引き続き該当', '引き続き非該当', '所要時間'], [element('tr', {class: 'criteria-simulation-counts'},
      element('td', {}, String(r.operators)), element('td', {}, String(r.newlyMeeting)), element('td', {}, String(r.noLongerMeeting)),
      element('td', {}, String(r.stillMeeting)), element('td', {}, String(r.stillNotMeeting)), element('td', {}, r.elapsedMillis + 'ミリ秒'))]),
    element('p', {}, element('a', {href: base + '/drafts/' + encodeURIComponent(draftNumber) + '/simulation.csv',
      class: 'criteria-simulation-csv'}, 'CSVで保存（会議資料用）')),
    table(['法人番号', '事業者名', '変化', '現行の基準で該当', '案で該当', '不足している数値等', '中小企業者'],
      r.rows.map(row => element('tr', {'data-operator': row.corporateNumber, 'data-change': row.change,
        class: row.change === 'NEWLY_MEETING' ? 'success' : row.change === 'NO_LONGER_MEETING' ? 'warning' : ''},
        element('td', {}, row.corporateNumber), element('td', {}, row.name), element('td', {}, row.changeJa),
        element('td', {}, row.liveCriteria.join('、') || '—'), element('td', {}, row.draftCriteria.join('、') || '—'),
        element('td', {}, row.missingFigures.join('、') || '—'),
        element('td', {}, row.sme === null || row.sme === undefined ? '不明' : row.sme ? '該当' : '非該当'))))))
    .catch(text => message(node, text));
}

function draftForm(node, base, reload) {
  // the sectors the account drafts for, from the registry (none: the account only reads drafts)
  const sector = element('select', {id: 'criteria-sector', class: 'form-control'}, element('option', {value: ''}, '対象事業を選んでください'));
  const thresholds = element('div', {class: 'criteria-thresholds'});
  const summary = element('input', {id: 'criteria-summary', class: 'form-control', type: 'text', placeholder: '例: 営業キロの基準を800kmに引き下げる案'});
  const result = element('div', {});
  let current = [];
  sector.addEventListener('change', () => request(base, '/live-thresholds?sectorCode=' + sector.value).then(list => {
    current = list;
    thresholds.replaceChildren(table(['規則', '項目', '現行の基準', '案の基準値'], list.map((t, i) => element('tr', {},
      element('td', {}, t.description || t.ruleId), element('td', {}, t.label), element('td', {}, t.comparator + ' ' + t.value),
      element('td', {}, element('input', {class: 'form-control criteria-threshold', 'data-index': String(i), type: 'number',
        step: 'any', value: String(t.value)}))))));
  }).catch(text => message(thresholds, text)));
  const create = element('button', {class: 'btn btn-primary', type: 'button', id: 'criteria-create'}, '案を作成する');
  create.addEventListener('click', () => request(base, '/drafts', {method: 'POST', body: JSON.stringify({
    sectorCode: sector.value, summary: summary.value,
    thresholds: Array.from(thresholds.querySelectorAll('input.criteria-threshold')).map(input => {
      const t = current[Number(input.getAttribute('data-index'))];
      return {ruleId: t.ruleId, input: t.input, value: input.value === '' ? null : Number(input.value)};
    })})}).then(draft => { message(result, draft.draftNumber + ' を作成しました。', 'success'); reload(); })
    .catch(text => message(result, text)));
  request(base, '/sectors').then(list => list.length === 0 ? node.replaceChildren()
    : sector.append(...list.map(s => element('option', {value: s.code}, s.nameJa)))).catch(() => node.replaceChildren());
  node.replaceChildren(element('h3', {}, '現行の基準から案を作成'), element('div', {class: 'form-group'}, element('label', {for: 'criteria-sector'}, '対象事業'), sector),
    thresholds, element('div', {class: 'form-group'}, element('label', {for: 'criteria-summary'}, '案の概要'), summary), create, result);
}

function render(page, base) {
  const drafts = element('section', {}, element('p', {}, '読み込み中…'));
  const form = element('section', {class: 'criteria-simulation-form'});
  const simulation = element('section', {class: 'criteria-simulation-result'});
  const load = () => request(base, '/drafts').then(list => drafts.replaceChildren(element('h3', {}, '指定基準の案'),
    list.length === 0 ? element('p', {}, '案はありません。') : table(['案の番号', '対象事業', '概要', '作成の方法', '作成者', ''],
      list.map(d => {
        const run = element('button', {class: 'btn btn-default btn-sm', type: 'button'}, '試算する');
        run.addEventListener('click', () => showSimulation(simulation, base, d.draftNumber));
        return element('tr', {'data-draft': d.draftNumber}, element('td', {}, d.draftNumber), element('td', {}, d.sectorNameJa),
          element('td', {}, d.summary), element('td', {}, {LIVE_CHANGED: '現行の基準値を変更', UPLOADED: '決定表の登録',
            NEW_SECTOR: '新たな対象事業'}[d.origin] || d.origin), element('td', {}, d.createdBy), element('td', {}, run));
      })))).catch(text => message(drafts, text === 'Forbidden' ? '指定基準の案を閲覧する権限がありません。' : text));
  page.replaceChildren(element('h2', {}, TITLE), element('p', {}, '案は登録（デプロイ）されず、指定には用いられません。'
    + '試算は事業者が報告した数値等（法第58条第1項の報告等）により、現行の基準と並べて示します。'), drafts, form, simulation);
  draftForm(form, base, load);
  load();
}

export default [
  {
    id: 'criteriaSimulation',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: TITLE},
    render: (node, {api}) => {
      const page = element('div', {class: 'criteria-simulation'});
      node.append(page);
      render(page, api.cockpitApi + '/plugin/criteria-simulation/' + api.engine);
    }
  },
  {
    id: 'criteriaSimulationLink',
    pluginPoint: 'cockpit.navigation',
    priority: 90,
    properties: {pagePath: '#' + PATH},
    checkActive: path => path.indexOf('#' + PATH) > -1,
    render: node => node.append(element('a', {href: '#' + PATH}, TITLE))
  }
];
