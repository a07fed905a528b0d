import japanese from '../../japanese.js';

export default {
  ...(await japanese('ようこそ', 'welcome')),
  // Camunda's own link, to its English manual, taken out until the officials' guide in Japanese is published (issue 21
  // point 7: docs/guide)
  links: []
};
