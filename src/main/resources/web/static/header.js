// Anchors and scrolled-to sections land below the sticky header: --header-height (read by paperscope.css's
// scroll-margin-top) follows the header's height, which grows when it wraps on a narrow window.
(function () {
  var header = document.querySelector('header.top');
  if (!header) {
    return;
  }
  var measure = function () {
    document.documentElement.style.setProperty('--header-height', header.getBoundingClientRect().height + 'px');
  };
  measure();
  if (window.ResizeObserver) {
    new ResizeObserver(measure).observe(header);
  }
})();
