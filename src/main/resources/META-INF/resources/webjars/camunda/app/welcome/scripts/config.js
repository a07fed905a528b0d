import japanese from '../../japanese.js';

export default await japanese('ようこそ', 'welcome');
