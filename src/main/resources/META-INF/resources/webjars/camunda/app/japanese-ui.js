// A custom script of every webapp (config.js: customScripts). A few texts are written into Camunda's templates in
// English instead of coming from the locale, and Camunda Forms (form-js) has no locale at all: they are replaced where
// they appear; the webapps do not write them again (form-js writes a text anew only when it changes, and then it is
// replaced again).
const HEADER = {
  // the webapp switcher's names
  Tasklist: 'タスク一覧',
  Cockpit: '運用監視',
  Admin: '管理',
  Welcome: 'ようこそ'
};
/** Camunda Forms' messages and placeholders, and a dialog's close button read aloud. */
const FORM = [
  [/^Field is required\.$/, '必須の項目です。'],
  [/^Field must have minimum length of (\d+)\.$/, '$1文字以上で入力してください。'],
  [/^Field must have maximum length of (\d+)\.$/, '$1文字以内で入力してください。'],
  [/^Field must have minimum value of (.+)\.$/, '$1以上の値を入力してください。'],
  [/^Field must have maximum value of (.+)\.$/, '$1以下の値を入力してください。'],
  [/^Field must match pattern (.+)\.$/, '入力の形式が正しくありません。'],
  [/^Field must be a valid number\.$/, '数値を入力してください。'],
  [/^Select$/, '選択してください'],
  [/^Search$/, '検索'],
  [/^Close$/, '閉じる']
];
/** Cockpit's decision tables (dmn-js): the header of the table and its hit policy. */
const DECISION = [
  [/^Hit policy:$/, 'ヒットポリシー：'],
  [/^When$/, '条件'],
  [/^And$/, 'かつ'],
  [/^Then$/, '結果'],
  [/^Annotations?$/, '注記'],
  [/^Unique$/, '一意'],
  [/^First$/, '最初に一致'],
  [/^Priority$/, '優先度順'],
  [/^Any$/, 'いずれか'],
  [/^Collect$/, 'すべて'],
  [/^Rule order$/, 'ルール順'],
  [/^Output order$/, '出力順'],
  // the types of inputs and outputs
  [/^(integer|long)$/, '整数'],
  [/^double$/, '小数'],
  [/^string$/, '文字列'],
  [/^boolean$/, '真偽値'],
  [/^date$/, '日付']
];
/** Cockpit's variable types, and a value that is none. */
const VARIABLE_TYPES = [
  [/^String$/, '文字列'],
  [/^(Integer|Long|Short)$/, '整数'],
  [/^Double$/, '小数'],
  [/^Boolean$/, '真偽値'],
  [/^Date$/, '日付'],
  [/^Json$/, 'JSON'],
  [/^Object$/, 'オブジェクト'],
  [/^(File|Bytes)$/, 'ファイル'],
  [/^Null$/, 'なし']
];
const NO_VALUE = [[/^null$/, '（なし）']];
/** Admin's permissions of an authorization, as the engine names them (READ, TASK_WORK, CREATE_INSTANCE). */
const PERMISSIONS = {
  ALL: 'すべて', NONE: 'なし', READ: '閲覧', UPDATE: '更新', CREATE: '作成', DELETE: '削除', ACCESS: '利用',
  READ_TASK: 'タスクの閲覧', UPDATE_TASK: 'タスクの更新', TASK_WORK: 'タスクの作業', TASK_ASSIGN: 'タスクの割当て',
  CREATE_INSTANCE: 'インスタンスの開始', READ_INSTANCE: 'インスタンスの閲覧', UPDATE_INSTANCE: 'インスタンスの更新',
  DELETE_INSTANCE: 'インスタンスの削除', MIGRATE_INSTANCE: 'インスタンスの移行', SUSPEND: '停止',
  SUSPEND_INSTANCE: 'インスタンスの停止', READ_HISTORY: '履歴の閲覧', DELETE_HISTORY: '履歴の削除',
  UPDATE_HISTORY: '履歴の更新', READ_HISTORY_VARIABLE: '履歴の変数の閲覧', READ_VARIABLE: '変数の閲覧',
  UPDATE_VARIABLE: '変数の更新', READ_INSTANCE_VARIABLE: 'インスタンスの変数の閲覧',
  UPDATE_INSTANCE_VARIABLE: 'インスタンスの変数の更新', READ_TASK_VARIABLE: 'タスクの変数の閲覧',
  UPDATE_TASK_VARIABLE: 'タスクの変数の更新', RETRY_JOB: 'ジョブの再試行', SUSPEND_JOB: 'ジョブの停止',
  SUSPEND_JOB_DEFINITION: 'ジョブ定義の停止', CREATE_BATCH_MIGRATE_PROCESS_INSTANCES: '一括移行'
};

function permissions(text) {
  const names = text.trim().split(/\s*,\s*/);
  return names.every(name => PERMISSIONS[name]) ? names.map(name => PERMISSIONS[name]).join('、') : null;
}

/**
 * Cockpit writes its tables' times in ISO form (its own fixed format, not the locale's: 2026-12-07T11:01:51, the
 * browser's time): the same time as the locale writes it elsewhere, 2026年12月7日（月） 11:01.
 */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}$/;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

function isoTime(text) {
  const match = text.trim().match(ISO_TIME);
  if (!match) {
    return null;
  }
  const [year, month, day] = match.slice(1, 4).map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${year}年${month}月${day}日（${weekday}） ${match[4]}:${match[5]}`;
}

/** Tasklist's task header: the model's version tag, "(v. 2.1.0)". */
const VERSION = [[/^\(v\. (.+)\)$/, '（バージョン $1）']];
/** Tooltips, placeholders and labels read aloud (those of the decision tables too). */
const ATTRIBUTE_TEXTS = [
  [/^Toggle this section$/, 'この欄の表示切替'],
  [/^zoom in$/, '拡大'],
  [/^zoom out$/, '縮小'],
  [/^reset zoom$/, '元の大きさに戻す'],
  [/^mm\/dd\/yyyy$/, '例：2027/3/29'],
  [/^Close$/, '閉じる'],
  [/^Decision name: (.*)$/s, '判定表：$1'],
  [/^Input label: (.*)$/s, '入力：$1'],
  [/^Input type$/, '入力の型'],
  [/^Output label$/, '出力'],
  [/^Output type$/, '出力の型'],
  [/^Collects the values of all matching rules$/, '該当するすべての規則の値を集める'],
  [/^No overlap is possible and all rules are disjoint\. Only a single rule can be matched$/, '規則は重ならず、該当する規則は一つだけ'],
  [/^Rules may overlap\. The first matching rule will be chosen$/, '規則は重なりうる。最初に該当した規則を用いる']
];
const ATTRIBUTES = ['uib-tooltip', 'title', 'placeholder', 'aria-label'];

function replaced(text, table) {
  const trimmed = text.trim();
  for (const [pattern, japanese] of table) {
    if (pattern.test(trimmed)) {
      return trimmed.replace(pattern, japanese);
    }
  }
  return null;
}

function translate(root) {
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const node = texts.currentNode;
    const parent = node.parentElement;
    if (!parent || !/[A-Za-z]/.test(node.nodeValue)) {
      continue;
    }
    let japanese = null;
    if (parent.closest('.app-switch, [cam-widget-header]')) {
      // the signed-in official by name, not by account id (app/rights.js read the name)
      const {kikanUser, kikanUserName} = document.documentElement.dataset;
      japanese = HEADER[node.nodeValue.trim()] || (kikanUserName && node.nodeValue.trim() === kikanUser ? kikanUserName : null);
    } else if (parent.closest('.fjs-container, .modal-dialog')) {
      japanese = replaced(node.nodeValue, FORM);
    } else if (parent.closest('.dmn-decision-table-container, .tjs-container')) {
      japanese = replaced(node.nodeValue, DECISION);
    } else if (parent.closest('td.permissions, .permissions .form-control-static')) {
      japanese = permissions(node.nodeValue);
    } else if (parent.closest('td.col-type')) {
      japanese = replaced(node.nodeValue, VARIABLE_TYPES);
    } else if (parent.closest('td.col-value')) {
      japanese = replaced(node.nodeValue, NO_VALUE);
    } else if (parent.closest('.task-card h4.process-definition')) {
      japanese = replaced(node.nodeValue, VERSION);
    }
    if (japanese === null && !parent.closest('input, textarea, .fjs-container')) {
      japanese = isoTime(node.nodeValue);
    }
    if (japanese !== null) {
      node.nodeValue = japanese;
    }
  }
  const elements = root.querySelectorAll(ATTRIBUTES.map(a => '[' + a + ']').join(','));
  for (const element of root.matches?.(ATTRIBUTES.map(a => '[' + a + ']').join(',')) ? [root, ...elements] : elements) {
    for (const attribute of ATTRIBUTES) {
      const japanese = replaced(element.getAttribute(attribute) || '', ATTRIBUTE_TEXTS);
      if (japanese !== null) {
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
}).observe(document.documentElement, {subtree: true, childList: true, characterData: true, attributes: true,
  attributeFilter: ATTRIBUTES});

export default [];
