// GOV.UK Frontend styles its components for JavaScript only when the body says the browser can run them.
// A file, not an inline script: the Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
