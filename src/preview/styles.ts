/**
 * The page's only style sheet, inline: no font, image or script is fetched.
 * System fonts; contrast of at least 4.5:1 for text; over-limit cards carry a
 * thick dashed border, a hatched bar and a written verdict, so that colour is
 * never the only sign.
 */
export const previewStyles = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --accent: #1d4f91; --over: #a4161a; --ok: #1e6b34; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #f4f5f7; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 1; }
header, nav, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
header p { color: var(--muted); margin: .25rem 0 0; }
h1 { font-size: 1.6rem; margin: 0; }
nav ul { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; padding: 0; margin: 0; list-style: none; }
a { color: var(--accent); }
a:focus-visible, .card:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.post { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem 1.25rem; margin: 0 0 1.5rem; }
.post > h2 { margin: 0 0 .5rem; font-size: 1.3rem; overflow-wrap: anywhere; }
.platform > h3 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.card { border: 2px solid var(--line); border-radius: 12px; padding: .75rem 1rem; background: #fff; display: flex; flex-direction: column; gap: .5rem; }
.card.over { border: 4px dashed var(--over); }
.card h4 { margin: 0; font-size: .95rem; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.link { color: var(--accent); text-decoration: underline; }
.hashtag, .mention { color: var(--accent); font-weight: 600; }
.media { margin: 0; padding: .5rem .75rem; border: 1px dashed var(--line); border-radius: 8px; color: var(--muted); font-size: .9rem; }
.counter { margin: 0; font-variant-numeric: tabular-nums; font-weight: 600; }
.bar { height: .6rem; border-radius: 99px; background: #e3e5e8; overflow: hidden; border: 1px solid #8a8f98; }
.bar > span { display: block; height: 100%; background: var(--ok); }
.over .bar > span { background: repeating-linear-gradient(135deg, var(--over) 0 6px, #fff 6px 9px); }
.verdict { margin: 0; font-weight: 700; }
.verdict.over { color: var(--over); }
.verdict.within { color: var(--ok); }
.constraints { margin: 0; padding-left: 1.2rem; color: var(--over); font-size: .9rem; }
.diagnostics h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.diagnostics ul { margin: 0; padding-left: 1.2rem; }
.diagnostics li { margin: .2rem 0; }
.severity { font-weight: 700; text-transform: uppercase; font-size: .8rem; letter-spacing: .03em; }
.severity.error { color: var(--over); }
.severity.warning { color: #7a4d00; }
.severity.info { color: var(--muted); }
code { font-size: .85em; color: var(--muted); }
@media (prefers-reduced-motion: no-preference) { .card { transition: box-shadow .15s; } }
`
