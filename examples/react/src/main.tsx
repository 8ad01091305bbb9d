import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <ktech-pass-assessment> for the raw-element variant (the wrapper registers it too).
import 'ktech-pass-assessment';
import { App } from './App.js';
import '../../common/theme.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
