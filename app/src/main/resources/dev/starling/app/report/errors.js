// Collects every script error, unhandled rejection, console.error and content-security-policy
// violation into the #js-errors box, so that a reader (and the browser test) sees what failed.
(function () {
  'use strict';
  var errors = [];
  function flush() {
    var pre = document.getElementById('js-errors');
    if (pre) {
      pre.textContent = errors.join('\n');
    }
  }
  window.starlingReportError = function (message) {
    errors.push(String(message));
    flush();
  };
  window.onerror = function (message, source, line, column) {
    window.starlingReportError(message + ' (' + (source || 'inline') + ':' + line + ':' + column + ')');
  };
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    window.starlingReportError('unhandled rejection: ' + (reason && reason.message ? reason.message : reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    window.starlingReportError('blocked by the content security policy: ' + event.violatedDirective
        + ' ' + (event.blockedURI || ''));
  });
  var consoleError = console.error;
  console.error = function () {
    window.starlingReportError('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  document.addEventListener('DOMContentLoaded', flush);
})();
