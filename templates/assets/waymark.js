// Site-wide enhancements. Plain JavaScript, no framework; the site works without it.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
})();
