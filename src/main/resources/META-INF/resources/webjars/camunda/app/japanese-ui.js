// A custom script of every webapp (config.js: customScripts). A few texts are written into Camunda's templates in
// English instead of coming from the locale: the webapp switcher's names and Cockpit's "Toggle this section"
// tooltip on the process list. They are replaced where they appear; the webapps do not write them again.
const HARDCODED = {
  Tasklist: 'タスク一覧',
  Cockpit: '運用監視',
  Admin: '管理',
  Welcome: 'ようこそ',
  'Toggle this section': 'この欄の表示切替'
};
const ATTRIBUTES = ['uib-tooltip', 'title'];

function translate(root) {
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const node = texts.currentNode;
    const japanese = HARDCODED[node.nodeValue.trim()];
    if (japanese && node.parentElement && node.parentElement.closest('.app-switch, [cam-widget-header]')) {
      node.nodeValue = japanese;
    }
  }
  for (const element of root.querySelectorAll(ATTRIBUTES.map(a => '[' + a + ']').join(','))) {
    for (const attribute of ATTRIBUTES) {
      const japanese = HARDCODED[(element.getAttribute(attribute) || '').trim()];
      if (japanese) {
        element.setAttribute(attribute, japanese);
      }
    }
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    const target = mutation.target.nodeType === Node.ELEMENT_NODE ? mutation.target : mutation.target.parentElement;
    if (target) {
      translate(target);
    }
  }
}).observe(document.documentElement, {subtree: true, childList: true, characterData: true});

export default [];
