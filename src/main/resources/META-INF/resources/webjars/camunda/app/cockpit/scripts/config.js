import japanese from '../../japanese.js';

export default japanese('運用監視');
