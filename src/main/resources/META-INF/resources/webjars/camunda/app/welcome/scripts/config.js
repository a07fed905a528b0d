import japanese from '../../japanese.js';

export default {
  ...(await japanese('ようこそ', 'welcome')),
  // the officials' guide in Japanese (docs/guide.md, served at /guide/) in place of Camunda's English manual
  links: [{label: '職員向けの手引き', href: '/guide/', description: '審査・指定・対象事業の追加・報告徴収の進め方と、期限の意味'}]
};
