// Starts GOV.UK Frontend's components (error summary focus, conditional reveals, header menu, buttons).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()
