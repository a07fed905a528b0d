// A custom script of Cockpit for the accounts that read their ministry's cases only (rights.js: not every case).
// Cockpit's dashboard counts the instances of every definition over every ministry's cases, which the service refuses
// them (EngineRequestGuard: aggregates); its first page is this one instead, which says where their cases are.
const OVERVIEW = '#/overview';

export default [
  {
    id: 'kikanMinistryDashboard',
    pluginPoint: 'cockpit.route',
    properties: {path: '/dashboard', label: 'ダッシュボード'},
    render: node => {
      const page = document.createElement('div');
      page.className = 'kikan-ministry-dashboard';
      const text = document.createElement('p');
      text.textContent = 'すべての案件にわたる集計（件数・統計）は、内閣府と管理者が参照できます。所管の案件とその期限は「監督一覧」で確認してください。';
      const link = document.createElement('a');
      link.href = OVERVIEW;
      link.className = 'btn btn-primary';
      link.textContent = '監督一覧を開く';
      page.append(text, link);
      node.append(page);
    }
  }
];
