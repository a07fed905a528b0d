import japanese from '../../japanese.js';

export default {
  // app/japanese-dates.js reads dates typed into Camunda Forms year first; app/task-cards.js shows each card's case
  // and deadline; app/document-links.js opens a form's draft with what is typed
  ...japanese('タスク一覧', ['../japanese-dates', '../task-cards', '../document-links']),
  // Camunda's shortcuts, described in Japanese (shown by the keyboard shortcut help).
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '選択中のタスクを担当する'},
    focusFilter: {key: 'ctrl+shift+f', description: '一覧の最初のフィルターに移動する'},
    focusList: {key: 'ctrl+alt+l', description: '一覧の最初のタスクに移動する'},
    focusForm: {key: 'ctrl+alt+f', description: 'タスクのフォームの最初の入力欄に移動する'},
    startProcess: {key: 'ctrl+alt+p', description: 'プロセスの開始画面を開く'}
  }
};
