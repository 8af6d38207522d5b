// First import: its requests go out before anything else of the popup is evaluated.
import { opening } from './opening';
import { render } from 'preact';
import { App } from './App';
import './popup.css';

// The first render already holds the kept list, if any.
void opening.then((opened) => render(<App opening={opened} />, document.getElementById('app')!));
