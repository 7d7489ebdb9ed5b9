// Applies the saved theme before the first paint. A classic script in <head> holds rendering
// until it has run (the CSP forbids an inline one, hence a file; a module script would run too
// late). src/ui/app/themeSync.ts takes over when the app starts: keep the key and the values in
// step with it (themeSync.test.ts checks).
(function () {
  var root = document.documentElement;
  var choice = null;
  try {
    choice = window.localStorage.getItem('podpath.theme');
  } catch (e) {
    // Storage disabled: follow the system.
  }
  if (choice !== 'light' && choice !== 'dark') {
    choice = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  root.dataset.theme = choice;
})();
