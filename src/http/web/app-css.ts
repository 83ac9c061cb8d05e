// The page's stylesheet, served as /assets/app.css (the CSP allows no inline style).
// Colours are picked for at least 4.5:1 contrast with their text; every action colour
// also has its own underline style and a worded badge, so colour is never the only signal.
export const APP_CSS = `
:root {
  --ink: #1b1b1f;
  --muted: #4a4f57;
  --paper: #ffffff;
  --wash: #f4f5f7;
  --line: #c9ccd2;
  --focus: #1d4ed8;
  --link: #0b4fa8;
  --keep: #156b2d; --keep-bg: #e3f3e7;
  --strengthen: #0b4fa8; --strengthen-bg: #e4edfb;
  --reframe: #8a4b00; --reframe-bg: #fdf0d5;
  --remove: #a8201a; --remove-bg: #fce6e4;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink);
  background: var(--wash);
}
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.site-header, main, .site-footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.site-header { padding-top: 1.25rem; padding-bottom: .5rem; }
.brand { margin: 0; font-size: 1.5rem; line-height: 1.2; }
.brand a { color: var(--ink); text-decoration: none; }
.tagline { margin: .25rem 0 0; color: var(--muted); }
main:focus { outline: none; }
.site-footer { color: var(--muted); padding-top: 1rem; padding-bottom: 2rem; font-size: .9rem; }

.panel, .report, .problem {
  background: var(--paper);
  border: 1px solid var(--line);
  border-radius: .5rem;
  padding: 1rem 1.25rem 1.25rem;
  margin: 1rem 0;
}
h2 { font-size: 1.35rem; margin: .25rem 0 .75rem; line-height: 1.3; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }

/* The form */
.field { margin: 0 0 1rem; }
.field label, .field summary { display: block; font-weight: 600; margin-bottom: .25rem; }
.field summary { cursor: pointer; color: var(--link); }
details.field[open] summary { margin-bottom: .5rem; }
input[type="text"], input[type="password"], select, textarea {
  width: 100%;
  max-width: 40rem;
  font: inherit;
  color: inherit;
  padding: .5rem .6rem;
  border: 1px solid #767b85;
  border-radius: .35rem;
  background: var(--paper);
}
input[type="file"] { font: inherit; max-width: 100%; }
textarea { resize: vertical; }
[aria-invalid="true"] { border-color: var(--remove); box-shadow: 0 0 0 1px var(--remove); }
.hint { color: var(--muted); font-size: .9rem; margin: .25rem 0 0; }
.file-chosen:empty { display: none; }
.field--file { padding: .75rem; border: 2px dashed var(--line); border-radius: .5rem; }
.js-only { display: none; }
.js .js-only { display: inline; }
.js .no-js-only { display: none; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem; }
button {
  font: inherit;
  font-weight: 600;
  color: #fff;
  background: var(--link);
  border: 0;
  border-radius: .4rem;
  padding: .65rem 1.2rem;
  cursor: pointer;
  min-height: 2.75rem;
}
button[disabled] { background: #5b6470; cursor: progress; }
.progress[hidden] { display: none; }
.progress progress { width: 12rem; height: 1rem; }
.status { margin: 0; font-weight: 600; }
.privacy { color: var(--muted); font-size: .9rem; margin: 1rem 0 0; }
.is-dragging::after {
  content: "Drop the file to choose it";
  position: fixed; inset: .75rem;
  display: flex; align-items: center; justify-content: center;
  font-size: 1.5rem; font-weight: 700; color: var(--link);
  background: rgba(228, 237, 251, .92);
  border: 4px dashed var(--link);
  border-radius: 1rem;
  z-index: 20;
  pointer-events: none;
}
.result[aria-busy="true"] { opacity: .5; }

/* The verdict leads the report */
.verdict { border-left: .5rem solid var(--muted); padding: .25rem 0 .25rem 1rem; }
.verdict--suits { border-color: var(--keep); }
.verdict--partly_suits { border-color: var(--reframe); }
.verdict--does_not_suit { border-color: var(--remove); }
.verdict--no_claims { border-color: var(--strengthen); }
.verdict h2 { font-size: 1.6rem; margin-bottom: .25rem; }
.verdict h2:focus { outline: none; }
.headline { font-size: 1.15rem; margin: 0 0 .5rem; }
.score { display: flex; align-items: center; gap: .5rem; margin: 0 0 .25rem; }
.score label { font-weight: 600; }
.score meter { width: 10rem; height: 1rem; }
.counts { font-weight: 600; margin: 0 0 .25rem; }
.facts { color: var(--muted); margin: 0; }
.warnings { background: var(--reframe-bg); border-radius: .4rem; padding: .25rem 1rem; margin-top: 1rem; }
.warnings h3 { margin-top: .5rem; }

/* Action badges: a symbol and a word, in the action's colour */
.badge {
  display: inline-block;
  font-size: .8rem;
  font-weight: 700;
  line-height: 1.3;
  padding: 0 .4rem;
  border-radius: 1rem;
  border: 1px solid currentColor;
  background: var(--paper);
  white-space: nowrap;
  text-decoration: none;
  text-indent: 0;
}
.badge--keep { color: var(--keep); }
.badge--strengthen { color: var(--strengthen); }
.badge--reframe { color: var(--reframe); }
.badge--remove { color: var(--remove); }
.legend { list-style: none; padding: 0; margin: .25rem 0 .5rem; display: flex; flex-wrap: wrap; gap: .4rem; }
.legend .badge { font-weight: 600; }

/* The document with its marks */
.doc__layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
.doc__text {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  background: var(--wash);
  border: 1px solid var(--line);
  border-radius: .4rem;
  padding: 1rem;
  line-height: 1.8;
}
mark.claim {
  color: var(--ink);
  padding: .1rem .15rem;
  border-radius: .2rem;
  text-decoration-thickness: 2px;
  text-underline-offset: .2em;
  text-decoration-line: underline;
  cursor: pointer;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
mark.claim .badge { margin-left: .25rem; vertical-align: .1em; }
mark.claim--keep { background: var(--keep-bg); text-decoration-color: var(--keep); text-decoration-style: solid; }
mark.claim--strengthen { background: var(--strengthen-bg); text-decoration-color: var(--strengthen); text-decoration-style: double; }
mark.claim--reframe { background: var(--reframe-bg); text-decoration-color: var(--reframe); text-decoration-style: wavy; }
mark.claim--remove { background: var(--remove-bg); text-decoration-color: var(--remove); text-decoration-style: dashed; }
mark.claim.is-selected { outline: 3px solid var(--ink); outline-offset: 1px; }
mark.claim:target { outline: 3px solid var(--focus); }

/* The claim shown beside the text once selected (with JavaScript) */
.detail { display: none; }
.js .detail {
  display: block;
  background: var(--paper);
  border: 1px solid var(--line);
  border-radius: .4rem;
  padding: .75rem 1rem;
  align-self: start;
}
.detail__empty { color: var(--muted); margin: 0; }
.detail .claim-card { border-top: 0; border-right: 0; border-bottom: 0; padding: 0 0 0 .75rem; }
.detail .claim-card__head { margin-top: 0; }
.detail__close { float: right; font-size: .9rem; padding: .25rem .75rem; min-height: 2.25rem; margin-left: .5rem; }
.detail h3:first-child { margin-top: 0; }

/* The claims, one card each: the no-JavaScript way to every reason and rewrite */
.claims { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.claim-card { border: 1px solid var(--line); border-left: .4rem solid var(--muted); border-radius: .4rem; padding: .5rem 1rem; scroll-margin-top: 1rem; }
.claim-card--keep { border-left-color: var(--keep); }
.claim-card--strengthen { border-left-color: var(--strengthen); }
.claim-card--reframe { border-left-color: var(--reframe); }
.claim-card--remove { border-left-color: var(--remove); }
.claim-card:target { outline: 3px solid var(--focus); }
.claim-card p { margin: .4rem 0; }
.claim-card__meta { color: var(--muted); font-size: .9rem; }
.claim-card__text { font-weight: 600; }
.flags { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .3rem; }
.flags li { font-size: .8rem; background: var(--wash); border: 1px solid var(--line); border-radius: .25rem; padding: 0 .35rem; }
.advice li { margin: .35rem 0; }
.download { margin-top: 1.5rem; }
.download--annotated { margin-top: 1rem; }
.download--annotated button { font-weight: 600; }
.reference { color: var(--muted); font-size: .85rem; margin-bottom: 0; overflow-wrap: anywhere; }

/* Errors */
.problem { border-color: var(--remove); border-left: .5rem solid var(--remove); }
.problem h2 { color: var(--remove); }
.problem h2:focus { outline: none; }
.problem__detail { background: var(--wash); padding: .5rem .75rem; border-radius: .3rem; }

@media (min-width: 60rem) {
  .js .doc__layout { grid-template-columns: minmax(0, 1fr) 20rem; }
  .js .detail { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; }
}
@media (max-width: 59.99rem) {
  /* On a phone the selected claim opens as a sheet at the bottom of the screen. */
  .js .detail { position: fixed; left: .5rem; right: .5rem; bottom: .5rem; max-height: 60vh; overflow: auto; z-index: 15; box-shadow: 0 -.25rem 1.5rem rgba(0, 0, 0, .25); }
  .js .detail:not(.is-open) { display: none; }
  .panel, .report, .problem { padding: .75rem; }
  .doc__text { padding: .75rem; }
}
@media (prefers-reduced-motion: no-preference) {
  html { scroll-behavior: smooth; }
}
@media print {
  .panel, .detail, .skip, .site-footer, .download { display: none !important; }
  .report { border: 0; }
}
`;
