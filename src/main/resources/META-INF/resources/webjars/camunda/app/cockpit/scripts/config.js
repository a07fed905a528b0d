import japanese from '../../japanese.js';

export default await japanese('運用監視', 'cockpit');
