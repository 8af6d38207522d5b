import { render } from 'preact';
import { App } from './App';
import { openPopup } from './boot';
import './popup.css';

// The requests go out first; the first render then already holds the kept list, if any.
void openPopup()
  .catch(() => ({ tabId: null, kept: null, answer: Promise.reject(new Error('the popup could not start')) }))
  .then((opening) => render(<App opening={opening} />, document.getElementById('app')!));
