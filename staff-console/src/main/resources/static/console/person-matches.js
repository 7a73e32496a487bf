// Live possible matches on Log a call: as the officer types a child's names and date of birth, the children already
// known to the front door who may be that child appear under the child's fields (an aria-live region), to choose or
// dismiss.
//
// Each child's fieldset has <div data-person-matches="i" aria-live="polite"> and a hidden children[i].knownChildId.
// 700 ms after the officer stops typing, if the last name and either a whole date of birth or the first name are
// there and differ from the last search, the script POSTs them (with the page's CSRF token: nothing typed goes in an
// address) to /calls/person-matches and shows the HTML it answers. "Choose this person" puts the child's id in
// knownChildId and the names and date of birth as the front door recorded them in the fields (the person index
// matches on those); "Undo" puts back what was typed. "Dismiss" hides a match (for this page).
// Without JavaScript nothing of this happens: the call is logged as typed and the person index matches it after.

import { sessionTouched } from '/console/session-timeout.js'

const WAIT_MS = 700
const form = document.getElementById('log-a-call')
const tokenMeta = document.querySelector('meta[name="_csrf"]')
const parameterMeta = document.querySelector('meta[name="_csrf_parameter"]')

function fieldsOf (i) {
  const id = 'children-' + i
  return {
    firstName: document.getElementById(id + '-firstName'),
    lastName: document.getElementById(id + '-lastName'),
    day: document.getElementById(id + '-dateOfBirth-day'),
    month: document.getElementById(id + '-dateOfBirth-month'),
    year: document.getElementById(id + '-dateOfBirth-year'),
    knownChildId: document.getElementById(id + '-knownChildId')
  }
}

function typedOf (fields) {
  return {
    firstName: fields.firstName.value.trim(),
    lastName: fields.lastName.value.trim(),
    day: fields.day.value.trim(),
    month: fields.month.value.trim(),
    year: fields.year.value.trim()
  }
}

/** Enough to look for someone: as the console's endpoint asks (it checks again). */
function enough (typed) {
  const wholeDate = typed.day !== '' && typed.month !== '' && /^\d{4}$/.test(typed.year)
  return typed.lastName.replace(/[^\p{L}\p{N}]/gu, '').length >= 2 && (wholeDate || typed.firstName !== '')
}

function child (region) {
  const i = region.dataset.personMatches
  const fields = fieldsOf(i)
  const state = { searched: '', timer: null, controller: null, dismissed: new Set(), chosen: null, typedBefore: null }

  function clear () {
    region.replaceChildren()
  }

  async function search () {
    const typed = typedOf(fields)
    if (!enough(typed)) {
      state.searched = ''
      clear()
      return
    }
    const key = JSON.stringify(typed)
    if (key === state.searched) {
      return
    }
    state.searched = key
    if (state.controller) {
      state.controller.abort()
    }
    state.controller = new AbortController()
    const body = new URLSearchParams({
      [parameterMeta ? parameterMeta.content : '_csrf']: tokenMeta ? tokenMeta.content : '',
      child: i,
      firstName: typed.firstName,
      lastName: typed.lastName,
      'dateOfBirth.day': typed.day,
      'dateOfBirth.month': typed.month,
      'dateOfBirth.year': typed.year
    })
    let html
    try {
      const response = await window.fetch('/calls/person-matches', {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
        signal: state.controller.signal
      })
      if (response.status !== 200) {
        // The session has ended (the timeout warning deals with that) or the page was refused: show nothing.
        state.searched = ''
        return
      }
      sessionTouched()
      html = await response.text()
    } catch (e) {
      return // aborted by a newer search, or the console could not be reached: matching still happens after logging
    }
    show(html)
  }

  function show (html) {
    // The console's own fragment (Thymeleaf escapes every value): no script in it, and the CSP allows none inline.
    const range = document.createRange()
    range.selectNodeContents(region)
    const fragment = range.createContextualFragment(html)
    fragment.querySelectorAll('[data-child-id]').forEach(match => {
      if (match.matches('li') && state.dismissed.has(match.dataset.childId)) {
        match.remove()
      }
    })
    region.replaceChildren(fragment)
    if (state.chosen) {
      const button = Array.from(region.querySelectorAll('button[data-choose]'))
        .find(candidate => candidate.dataset.childId === state.chosen)
      if (button) {
        choose(button, false) // shown again after a round trip: the fields already hold the chosen child's details
      }
    }
  }

  function choose (button, fill = true) {
    state.chosen = button.dataset.childId
    fields.knownChildId.value = button.dataset.childId
    if (fill) {
      state.typedBefore = typedOf(fields)
      fields.firstName.value = button.dataset.firstName
      fields.lastName.value = button.dataset.lastName
      if (button.dataset.year) {
        fields.day.value = button.dataset.day
        fields.month.value = button.dataset.month
        fields.year.value = button.dataset.year
      }
    }
    state.searched = JSON.stringify(typedOf(fields))
    const chosen = document.createElement('div')
    chosen.className = 'govuk-inset-text console-matches__chosen'
    const said = document.createElement('p')
    said.className = 'govuk-body'
    said.tabIndex = -1
    said.textContent = 'You chose ' + button.dataset.name + ', ' + button.dataset.born + ', already known to the front' +
      ' door. Their names and date of birth above are now as the front door recorded them.'
    const undo = document.createElement('button')
    undo.type = 'button'
    undo.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0'
    undo.dataset.undo = ''
    undo.textContent = 'Undo: this is not the same child'
    chosen.append(said, undo)
    region.replaceChildren(chosen)
    if (fill) {
      said.focus()
    }
  }

  function undo () {
    const before = state.typedBefore
    state.chosen = null
    fields.knownChildId.value = ''
    if (before) {
      fields.firstName.value = before.firstName
      fields.lastName.value = before.lastName
      fields.day.value = before.day
      fields.month.value = before.month
      fields.year.value = before.year
    }
    state.searched = ''
    clear()
    fields.firstName.focus()
    search()
  }

  function dismiss (button) {
    const match = button.closest('li[data-child-id]')
    state.dismissed.add(match.dataset.childId)
    const next = match.nextElementSibling || match.previousElementSibling
    match.remove()
    if (next) {
      next.querySelector('button').focus()
    } else {
      const none = document.createElement('p')
      none.className = 'govuk-body'
      none.tabIndex = -1
      none.textContent = 'No more possible matches. The person index will still match the child after you log the call.'
      region.replaceChildren(none)
      none.focus()
    }
  }

  region.addEventListener('click', event => {
    const button = event.target.closest('button')
    if (!button) {
      return
    }
    if ('choose' in button.dataset) {
      choose(button)
    } else if ('dismiss' in button.dataset) {
      dismiss(button)
    } else if ('undo' in button.dataset) {
      undo()
    }
  })

  return {
    typed () {
      // Typing over a chosen child's details means it may not be them: the choice is dropped.
      if (state.chosen && JSON.stringify(typedOf(fields)) !== state.searched) {
        state.chosen = null
        fields.knownChildId.value = ''
      }
      window.clearTimeout(state.timer)
      state.timer = window.setTimeout(search, WAIT_MS)
    },
    showChosenAgain () {
      // After a round trip (add a child, an error from the API) the choice is still in knownChildId: show it again.
      if (fields.knownChildId.value) {
        state.chosen = fields.knownChildId.value
        search()
      }
    }
  }
}

if (form && tokenMeta) {
  const children = new Map()
  form.querySelectorAll('[data-person-matches]').forEach(region => {
    children.set(region.dataset.personMatches, child(region))
  })
  form.addEventListener('input', event => {
    const named = /^children\[(\d+)\]\.(firstName|lastName|dateOfBirth\.(day|month|year))$/.exec(event.target.name || '')
    if (named && children.has(named[1])) {
      children.get(named[1]).typed()
    }
  })
  children.forEach(c => c.showChosenAgain())
}
