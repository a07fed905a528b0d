import japanese from '../../japanese.js';

export default japanese('管理');
