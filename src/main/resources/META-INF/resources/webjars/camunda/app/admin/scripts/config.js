import japanese from '../../japanese.js';

export default await japanese('管理', 'admin');
