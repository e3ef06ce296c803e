// The "print" button on the results page. Kept in a static file: the CSP allows no inline script.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
