// The timeout warning (GOV.UK's and the MoJ's "timeout warning" pattern), on every page of a signed-in person.
//
// The console's session ends after its idle limit (30 minutes). The layout writes that limit and how long before it the
// warning comes on <body> (data-session-seconds, data-session-warning-seconds, from the session itself), and the closed
// <dialog id="session-timeout">. Before the end the dialog opens as a modal, focus moves to "Stay signed in" (and goes
// back where it was when the dialog closes), the time left counts down on screen and is announced politely every 20
// seconds. "Stay signed in" (or Escape) POSTs /session/keep-alive with the page's CSRF token: a 204 restarts the clock.
// "Sign out" is the header's sign-out form. When the time runs out, the browser goes to /session-ended.
//
// Tabs of the same browser share one session: every page load and keep-alive writes the time in localStorage (a
// timestamp, nothing else), so a tab left idle does not warn or leave while another tab keeps the session alive.
// Without JavaScript nothing changes: the session ends on the server and a form sent after it says so.

const STORAGE_KEY = 'frontdoor.console.sessionTouchedAt'
const ANNOUNCE_EVERY_MS = 20000

const body = document.body
const sessionMs = Number(body.dataset.sessionSeconds) * 1000
const warningMs = Number(body.dataset.sessionWarningSeconds) * 1000
const dialog = document.getElementById('session-timeout')

let touchedAt = Date.now()

/** The session was reached just now (a page load, a keep-alive, a script's own POST): restart the clock. */
export function sessionTouched () {
  touchedAt = Date.now()
  try {
    window.localStorage.setItem(STORAGE_KEY, String(touchedAt))
  } catch (e) {
    // storage refused (private mode, a policy): this tab counts on its own
  }
}

function lastTouched () {
  let shared = 0
  try {
    shared = Number(window.localStorage.getItem(STORAGE_KEY)) || 0
  } catch (e) {
    shared = 0
  }
  return Math.max(touchedAt, shared)
}

/** "2 minutes", "1 minute 45 seconds", "20 seconds". */
export function inWords (ms) {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  const parts = []
  if (minutes > 0) {
    parts.push(minutes + (minutes === 1 ? ' minute' : ' minutes'))
  }
  if (seconds > 0 || minutes === 0) {
    parts.push(seconds + (seconds === 1 ? ' second' : ' seconds'))
  }
  return parts.join(' ')
}

function start () {
  const countdown = document.getElementById('session-timeout-countdown')
  const announcement = document.getElementById('session-timeout-announcement')
  const error = document.getElementById('session-timeout-error')
  const stayButton = document.getElementById('session-timeout-stay')
  const tokenMeta = document.querySelector('meta[name="_csrf"]')
  const parameterMeta = document.querySelector('meta[name="_csrf_parameter"]')
  let returnFocusTo = null
  let announcedAt = 0
  let ended = false
  let timer = null

  function open (left) {
    returnFocusTo = document.activeElement
    countdown.textContent = inWords(left)
    announcement.textContent = ''
    error.hidden = true
    // The dialog's name and description (with the time left) are read as it opens; the next announcement comes later.
    announcedAt = Date.now()
    dialog.showModal()
    stayButton.focus()
  }

  function close () {
    dialog.close()
    if (returnFocusTo && document.contains(returnFocusTo) && typeof returnFocusTo.focus === 'function') {
      returnFocusTo.focus()
    }
    returnFocusTo = null
  }

  function end () {
    if (ended) {
      return
    }
    ended = true
    window.clearInterval(timer)
    window.location.assign('/session-ended')
  }

  async function stay () {
    error.hidden = true
    stayButton.disabled = true
    let response
    try {
      response = await window.fetch('/session/keep-alive', {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ [parameterMeta ? parameterMeta.content : '_csrf']: tokenMeta ? tokenMeta.content : '' })
      })
    } catch (e) {
      // The console could not be reached (a network blip): the session may still be alive, so say so and let them retry.
      error.hidden = false
      stayButton.disabled = false
      return
    }
    stayButton.disabled = false
    if (response.status === 204) {
      sessionTouched()
      close()
    } else {
      // 401, 403 (the session, and with it the CSRF token, is gone) or a redirect to sign in: it has ended.
      end()
    }
  }

  function tick () {
    const left = lastTouched() + sessionMs - Date.now()
    if (left <= 0) {
      end()
      return
    }
    if (left > warningMs) {
      if (dialog.open) {
        close() // kept alive in another tab
      }
      return
    }
    if (!dialog.open) {
      open(left)
    }
    countdown.textContent = inWords(left)
    if (Date.now() - announcedAt >= ANNOUNCE_EVERY_MS) {
      announcedAt = Date.now()
      announcement.textContent = 'You will be signed out in ' + inWords(left) + '.'
    }
  }

  stayButton.addEventListener('click', stay)
  // Escape closes a modal dialog: here it means "Stay signed in", as in the MoJ pattern.
  dialog.addEventListener('cancel', event => {
    event.preventDefault()
    stay()
  })
  document.addEventListener('visibilitychange', tick)
  sessionTouched()
  timer = window.setInterval(tick, 1000)
}

if (dialog && sessionMs > 0 && warningMs > 0 && typeof dialog.showModal === 'function') {
  start()
}
