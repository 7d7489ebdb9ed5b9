// Entry point: mounts the app. Heavy parts (Monaco, Cytoscape) are lazy-loaded by App.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return <h1>Podpath</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
