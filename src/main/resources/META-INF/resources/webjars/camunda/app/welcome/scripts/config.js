import japanese from '../../japanese.js';

export default japanese('ようこそ');
