import { render } from 'preact';
import { HistoryApp } from './HistoryApp';
import './history.css';

render(<HistoryApp />, document.getElementById('app')!);
